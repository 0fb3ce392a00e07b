using System.Data;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace BlindSpot.Core;

/// <summary>Query results as <see cref="DataFrame"/>s, with one .NET column type per DuckDB type family.</summary>
public static class DuckDbFrames
{
    public static DataFrame Query(this DuckDBConnection db, string sql, params object?[] parameters)
    {
        using var command = db.CreateCommand(sql, parameters);
        using var reader = command.ExecuteReader();
        return Read(reader);
    }

    /// <summary>Every row of a query result from any ADO.NET provider (DuckDB, PostgreSQL), with the same column types.</summary>
    public static DataFrame Read(IDataReader reader)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => NewColumn(reader.GetName(i), reader.GetFieldType(i))).ToList();
        while (reader.Read())
            for (var i = 0; i < columns.Count; i++) Append(columns[i], reader, i);
        return new DataFrame(columns);
    }

    private static DataFrameColumn NewColumn(string name, Type type) => type switch
    {
        _ when type == typeof(bool) => new BooleanDataFrameColumn(name),
        _ when type == typeof(sbyte) || type == typeof(short) || type == typeof(int) || type == typeof(byte) || type == typeof(ushort) => new Int32DataFrameColumn(name),
        _ when type == typeof(long) || type == typeof(uint) => new Int64DataFrameColumn(name),
        _ when type == typeof(float) || type == typeof(double) => new DoubleDataFrameColumn(name),
        _ when type == typeof(DateTime) => new DateTimeDataFrameColumn(name),
        _ when type == typeof(string) => new StringDataFrameColumn(name),
        _ => throw new NotSupportedException(
            $"Column '{name}' has .NET type {type.Name}, which the notebooks do not take: cast it in SQL (HUGEINT/DECIMAL/UBIGINT to DOUBLE or BIGINT, lists and structs to VARCHAR)."),
    };

    private static void Append(DataFrameColumn column, IDataRecord reader, int i)
    {
        var isNull = reader.IsDBNull(i);
        switch (column)
        {
            case BooleanDataFrameColumn c: c.Append(isNull ? null : reader.GetBoolean(i)); break;
            case Int32DataFrameColumn c: c.Append(isNull ? null : Convert.ToInt32(reader.GetValue(i))); break;
            case Int64DataFrameColumn c: c.Append(isNull ? null : Convert.ToInt64(reader.GetValue(i))); break;
            case DoubleDataFrameColumn c: c.Append(isNull ? null : Convert.ToDouble(reader.GetValue(i))); break;
            case DateTimeDataFrameColumn c: c.Append(isNull ? null : reader.GetDateTime(i)); break;
            case StringDataFrameColumn c: c.Append(isNull ? null : reader.GetString(i)); break;
        }
    }
}
