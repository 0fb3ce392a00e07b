using DuckDB.NET.Data;

namespace BlindSpot.Core;

/// <summary>Small helpers over an in-process DuckDB connection.</summary>
public static class DuckDb
{
    /// <summary>A new in-memory database, closed with the returned connection.</summary>
    public static DuckDBConnection OpenInMemory()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>A database file (created if missing), for data larger than memory.</summary>
    public static DuckDBConnection OpenFile(string path)
    {
        var connection = new DuckDBConnection($"DataSource={path}");
        connection.Open();
        return connection;
    }

    /// <summary>
    /// In memory, or on a database file when one is given (created if missing; past the memory limit DuckDB then
    /// spills to disk). <paramref name="memoryLimit"/> is the analysis's, e.g. "1GB": DuckDB is given
    /// <see cref="MemoryBudget.DuckDbShare"/> of it (default: DuckDB's own, 80 % of RAM).
    /// </summary>
    public static DuckDBConnection Open(string? databaseFile = null, string? memoryLimit = null)
    {
        if (memoryLimit is not null && !System.Text.RegularExpressions.Regex.IsMatch(memoryLimit, @"^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            throw new ArgumentException($"Memory limit '{memoryLimit}' is not a size such as 512MB or 2GB.");
        var connection = databaseFile is null ? OpenInMemory() : OpenFile(databaseFile);
        if (memoryLimit is not null) connection.Execute($"SET memory_limit = {Literal(MemoryBudget.DuckDbLimit(memoryLimit))}");
        return connection;
    }

    public static void Execute(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = connection.CreateCommand(sql, parameters);
        command.ExecuteNonQuery();
    }

    public static T Scalar<T>(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = connection.CreateCommand(sql, parameters);
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The column names of a table, view or query (<c>SELECT …</c> or <c>read_parquet(…)</c>), in order.</summary>
    public static List<string> ColumnsOf(this DuckDBConnection connection, string relation)
    {
        var names = new List<string>();
        using var command = connection.CreateCommand($"SELECT column_name FROM (DESCRIBE SELECT * FROM {relation})");
        using var reader = command.ExecuteReader();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    public static DuckDBCommand CreateCommand(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        return command;
    }

    /// <summary>
    /// A SQL string literal. Only for places DuckDB does not take a bound parameter (COPY … TO a file);
    /// never for values that reach a WHERE clause.
    /// </summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
