using BlindSpot.Core;

namespace BlindSpot.Logs;

/// <summary>Turns a path (CSV, Parquet, or a folder of Parquet files) into a DuckDB table function call.</summary>
public static class TurnLogSource
{
    public static string Relation(string path)
    {
        if (Directory.Exists(path))
        {
            var glob = Path.Combine(DuckDbPath.Escape(path), "**", "*.parquet"); // the folder as named; only its files are a pattern
            // folder names never become column values: a user's folder is read as files, not as partitions
            return $"read_parquet({DuckDb.Literal(glob)}, hive_partitioning = false)";
        }
        if (!File.Exists(path)) throw new FileNotFoundException($"Turn log not found: {path}", path);
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)) return $"read_parquet({DuckDbPath.Literal(path)})";
        if (IsCsv(path)) return TurnLogCsv.ReadAllVarcharCall(path);
        throw new ArgumentException($"Unsupported turn-log format: {path}. Use .csv, .csv.gz, .tsv, .parquet or a folder of .parquet files.");
    }

    public static bool IsCsv(string path) =>
        !Directory.Exists(path) && (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                                    || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase)
                                    || path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase));
}
