using BlindSpot.Core;
using BlindSpot.Logs;
using Npgsql;
using NpgsqlTypes;

namespace BlindSpot.Cli.Postgres;

/// <summary>
/// Puts a turn-log file into a PostgreSQL table <c>turns</c> with the contract's columns, as a team's own log would be
/// there: for the parity test and the benchmark. Rows go in with binary COPY, in file order; the table is analysed
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
    public static string CreateTable(string table = PostgresTurnLog.TableName) =>
        $"CREATE TABLE {PostgresTurnLog.QuoteIdentifier(table)} (" +
        string.Join(", ", TurnLogSchema.Columns.Select(c => $"{c.Name} {PostgresColumnTypes.For(c)[0]}")) + ")";

    /// <summary>Creates the table and copies every row of <paramref name="turnLogPath"/> (CSV, Parquet or a folder) into it; returns the row count.</summary>
    public static long Load(string turnLogPath, string connectionString, string table = PostgresTurnLog.TableName)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var create = new NpgsqlCommand(CreateTable(table), connection)) create.ExecuteNonQuery();

        using var db = DuckDb.OpenInMemory();
        var typed = string.Join(", ", TurnLogSchema.Columns.Select(c => $"CAST(CAST(\"{c.Name}\" AS VARCHAR) AS {c.DuckDbType}) AS {c.Name}"));
        using var read = db.CreateCommand($"SELECT {typed} FROM {TurnLogSource.Relation(turnLogPath)}");
        using var reader = read.ExecuteReader();
        var columns = string.Join(", ", TurnLogSchema.ColumnNames);
        long rows = 0;
        using (var copy = connection.BeginBinaryImport($"COPY {PostgresTurnLog.QuoteIdentifier(table)} ({columns}) FROM STDIN (FORMAT BINARY)"))
        {
            while (reader.Read())
            {
                copy.StartRow();
                for (var i = 0; i < ColumnTypes.Length; i++)
                {
                    if (reader.IsDBNull(i)) copy.WriteNull();
                    else copy.Write(reader.GetValue(i), ColumnTypes[i]);
                }
                rows++;
            }
            copy.Complete();
        }
        using (var analyze = new NpgsqlCommand($"ANALYZE {PostgresTurnLog.QuoteIdentifier(table)}", connection)) analyze.ExecuteNonQuery();
        return rows;
    }
}
