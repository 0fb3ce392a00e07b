using System.Data.Common;
using Npgsql;

namespace BlindSpot.Logs;

/// <summary>
/// A turn log in a PostgreSQL table named <c>turns</c> (found on the connecting user's search path), read where it lives.
/// Opening it exposes the contract's columns as a temporary view <c>turns</c> and leaves only the session's temporary
/// schema on the search path: the <c>sql/</c> files then run unchanged, everything they create is temporary, and nothing
/// is written to, or dropped from, the user's database.
/// </summary>
public sealed class PostgresTurnLog : IDisposable
{
    public const string TableName = "turns";

    private PostgresTurnLog(NpgsqlConnection connection, string description, string table, IReadOnlyDictionary<string, string> columnTypes)
    {
        Connection = connection;
        Description = description;
        Table = table;
        ColumnTypes = columnTypes;
    }

    public NpgsqlConnection Connection { get; }

    /// <summary>Where the log is, for reports and messages: user, host, port, database and table, never the password.</summary>
    public string Description { get; }

    /// <summary>The user's table, schema-qualified and quoted.</summary>
    public string Table { get; }

    /// <summary>PostgreSQL type of every column of the user's table, by name.</summary>
    public IReadOnlyDictionary<string, string> ColumnTypes { get; }

    /// <summary>The contract's columns that are missing, or whose type is not one the contract's type maps to.</summary>
    public IReadOnlyList<string> MissingColumns => TurnLogSchema.ColumnNames.Where(c => !ColumnTypes.ContainsKey(c)).ToList();

    public IReadOnlyList<TurnLogColumn> MistypedColumns => TurnLogSchema.Columns
        .Where(c => ColumnTypes.TryGetValue(c.Name, out var type) && !PostgresColumnTypes.Fits(c, type)).ToList();

    /// <summary>True once the temporary view <c>turns</c> exists: the table has every contract column with a fitting type.</summary>
    public bool IsExposed { get; private set; }

    /// <summary>
    /// A PostgreSQL connection string (<c>Host=…;Port=…;Database=…;Username=…</c>) rather than a file or folder: it is not an
    /// existing path, and it parses as key=value pairs with a host.
    /// </summary>
    public static bool IsConnectionString(string source)
    {
        if (File.Exists(source) || Directory.Exists(source) || !source.Contains('=')) return false;
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(source).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Connects, finds the table and, when its columns fit the contract, exposes it as the view <c>turns</c>.</summary>
    public static PostgresTurnLog Open(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql's default of 30 s would cut off a large log's feature query; a timeout the user wrote is kept.
        if (!new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Command Timeout")) builder.CommandTimeout = 0;
        var description = $"PostgreSQL {builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var (schema, table) = FindTable(connection) ?? throw new InvalidOperationException(
                $"{description}: no table '{TableName}' on the search path; the turn log must be a table or view named {TableName}.");
            var qualified = $"{QuoteIdentifier(schema)}.{QuoteIdentifier(table)}";
            var log = new PostgresTurnLog(connection, $"{description} table {schema}.{table}", qualified, ColumnTypesOf(connection, schema, table));
            if (log.MissingColumns.Count == 0 && log.MistypedColumns.Count == 0) log.Expose();
            return log;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A PostgreSQL identifier in double quotes, inner quotes doubled: a name from the catalog never reaches SQL unquoted.</summary>
    public static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private void Expose()
    {
        // conversation_id and customer_id as text when the table has them, NULL otherwise, so that every sql/ file can name
        // them (as SqlSession.LoadTurns adds them on DuckDB); a table without them cannot show a return
        var columns = string.Join(", ", TurnLogSchema.ColumnNames.Select(QuoteIdentifier).Concat(TurnLogSchema.ReturnKeyColumns.Select(c =>
            ColumnTypes.ContainsKey(c) ? $"CAST({QuoteIdentifier(c)} AS text) AS {QuoteIdentifier(c)}" : $"CAST(NULL AS text) AS {QuoteIdentifier(c)}")));
        // A session without a user message is not engaged: outside every rule, outcome and feature, as on DuckDB (SqlSession.LoadTurns).
        Execute($"CREATE TEMPORARY VIEW {TableName} AS SELECT {columns} FROM {Table} " +
                $"WHERE \"session_id\" IS NULL OR \"session_id\" IN (SELECT \"session_id\" FROM {Table} WHERE \"speaker\" = 'user')");
        Execute("SET search_path TO pg_temp");
        IsExposed = true;
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, Connection);
        command.ExecuteNonQuery();
    }

    private static (string Schema, string Table)? FindTable(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = TableName });
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private static Dictionary<string, string> ColumnTypesOf(NpgsqlConnection connection, string schema, string table)
    {
        using var command = new NpgsqlCommand(
            "SELECT a.attname, format_type(a.atttypid, NULL) FROM pg_attribute a " +
            "WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = $"{QuoteIdentifier(schema)}.{QuoteIdentifier(table)}" });
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) types[reader.GetString(0)] = reader.GetString(1);
        return types;
    }

    public void Dispose() => Connection.Dispose();
}
