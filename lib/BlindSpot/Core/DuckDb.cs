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
