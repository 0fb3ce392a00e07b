using BlindSpot.Core;
using BlindSpot.Logs;
using Npgsql;
using NpgsqlTypes;

namespace BlindSpot.Cli.Postgres;

/// <summary>
/// Puts a turn-log file into a PostgreSQL table <c>turns</c> with the contract's columns, as a team's own log would be
/// there: for the parity test and the benchmark. A file with conversation_id / customer_id (an imported log, or a simulated
/// one with returns) keeps them as text columns beside the contract's. Rows go in with binary COPY, in file order; the table is analysed
/// afterwards, as autovacuum would do for a table that has been there a while.
/// </summary>
public static class TurnLogToPostgres
{
    private static readonly NpgsqlDbType[] ColumnTypes = TurnLogSchema.Columns.Select(c => c.DuckDbType switch
    {
        "VARCHAR" => NpgsqlDbType.Text,
        "INTEGER" => NpgsqlDbType.Integer,
        "TIMESTAMP" => NpgsqlDbType.Timestamp,
        "DOUBLE" => NpgsqlDbType.Double,
        "BOOLEAN" => NpgsqlDbType.Boolean,
        var other => throw new NotSupportedException($"no PostgreSQL COPY type for the contract's {other}"),
    }).ToArray();

    /// <summary>The contract as a PostgreSQL table definition.</summary>
    public static string CreateTable(string table = PostgresTurnLog.TableName, IEnumerable<string>? textColumns = null) =>
        $"CREATE TABLE {PostgresTurnLog.QuoteIdentifier(table)} (" +
        string.Join(", ", TurnLogSchema.Columns.Select(c => $"{c.Name} {PostgresColumnTypes.For(c)[0]}").Concat((textColumns ?? []).Select(c => $"{c} text"))) + ")";

    /// <summary>Creates the table and copies every row of <paramref name="turnLogPath"/> (CSV, Parquet or a folder) into it; returns the row count.</summary>
    public static long Load(string turnLogPath, string connectionString, string table = PostgresTurnLog.TableName)
    {
        using var db = DuckDb.OpenInMemory();
        var relation = TurnLogSource.Relation(turnLogPath);
        var keys = TurnLogSchema.ReturnKeyColumns.Where(db.ColumnsOf(relation).Contains).ToList();
        var types = ColumnTypes.Concat(keys.Select(_ => NpgsqlDbType.Text)).ToArray();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var create = new NpgsqlCommand(CreateTable(table, keys), connection)) create.ExecuteNonQuery();

        var typed = string.Join(", ", TurnLogSchema.Columns.Select(c => $"CAST(CAST(\"{c.Name}\" AS VARCHAR) AS {c.DuckDbType}) AS {c.Name}")
            .Concat(keys.Select(c => $"CAST(\"{c}\" AS VARCHAR) AS {c}")));
        using var read = db.CreateCommand($"SELECT {typed} FROM {relation}");
        using var reader = read.ExecuteReader();
        var columns = string.Join(", ", TurnLogSchema.ColumnNames.Concat(keys));
        long rows = 0;
        using (var copy = connection.BeginBinaryImport($"COPY {PostgresTurnLog.QuoteIdentifier(table)} ({columns}) FROM STDIN (FORMAT BINARY)"))
        {
            while (reader.Read())
            {
                copy.StartRow();
                for (var i = 0; i < types.Length; i++)
                {
                    if (reader.IsDBNull(i)) copy.WriteNull();
                    else copy.Write(reader.GetValue(i), types[i]);
                }
                rows++;
            }
            copy.Complete();
        }
        using (var analyze = new NpgsqlCommand($"ANALYZE {PostgresTurnLog.QuoteIdentifier(table)}", connection)) analyze.ExecuteNonQuery();
        return rows;
    }
}
