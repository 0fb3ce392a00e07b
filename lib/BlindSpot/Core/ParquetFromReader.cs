using System.Data.Common;
using DuckDB.NET.Data;

namespace BlindSpot.Core;

/// <summary>
/// Writes a query result from any ADO.NET provider as a Parquet file through an in-memory DuckDB, so a file written
/// from PostgreSQL has the column types and the encoding of one DuckDB writes itself. Rows keep the reader's order.
/// </summary>
public static class ParquetFromReader
{
    /// <summary>Streams every row of <paramref name="reader"/> to <paramref name="path"/> (atomically) and returns the row count.</summary>
    /// <param name="kvMetadata">Key-value metadata for the file's footer (e.g. which verb wrote it), or none.</param>
    public static long Write(DbDataReader reader, string path, IReadOnlyDictionary<string, string>? kvMetadata = null)
    {
        var types = Enumerable.Range(0, reader.FieldCount).Select(i => DuckDbType(reader.GetName(i), reader.GetFieldType(i))).ToArray();
        using var db = DuckDb.OpenInMemory();
        db.Execute("CREATE TABLE result (" + string.Join(", ", types.Select((t, i) => $"{Quote(reader.GetName(i))} {t}")) + ")");
        long rows = 0;
        using (var appender = db.CreateAppender("result"))
        {
            while (reader.Read())
            {
                var row = appender.CreateRow();
                for (var i = 0; i < types.Length; i++) Append(row, reader, i);
                row.EndRow();
                rows++;
            }
        }
        var partial = path + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        db.Execute($"COPY result TO {DuckDb.Literal(partial)} (FORMAT parquet, COMPRESSION zstd{KvMetadata(kvMetadata)})");
        File.Move(partial, path, overwrite: true);
        return rows;
    }

    /// <summary>The COPY option that writes <paramref name="pairs"/> into a Parquet footer (with its leading comma), or "".</summary>
    public static string KvMetadata(IReadOnlyDictionary<string, string>? pairs) =>
        pairs is null || pairs.Count == 0 ? "" : ", KV_METADATA {" + string.Join(", ", pairs.Select(p => $"{DuckDb.Literal(p.Key)}: {DuckDb.Literal(p.Value)}")) + "}";

    private static string DuckDbType(string name, Type type) => type switch
    {
        _ when type == typeof(string) => "VARCHAR",
        _ when type == typeof(short) => "SMALLINT",
        _ when type == typeof(int) => "INTEGER",
        _ when type == typeof(long) => "BIGINT",
        _ when type == typeof(float) => "FLOAT",
        _ when type == typeof(double) => "DOUBLE",
        _ when type == typeof(bool) => "BOOLEAN",
        _ when type == typeof(DateTime) => "TIMESTAMP",
        _ => throw new NotSupportedException($"Column '{name}' has .NET type {type.Name}, which has no Parquet counterpart here: cast it in SQL."),
    };

    private static void Append(IDuckDBAppenderRow row, DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            row.AppendNullValue();
            return;
        }
        switch (reader.GetValue(i))
        {
            case string v: row.AppendValue(v); break;
            case short v: row.AppendValue((short?)v); break;
            case int v: row.AppendValue((int?)v); break;
            case long v: row.AppendValue((long?)v); break;
            case float v: row.AppendValue((float?)v); break;
            case double v: row.AppendValue((double?)v); break;
            case bool v: row.AppendValue((bool?)v); break;
            case DateTime v: row.AppendValue((DateTime?)v); break;
            case var v: throw new NotSupportedException($"Column '{reader.GetName(i)}' holds a {v.GetType().Name}, which has no Parquet counterpart here.");
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
