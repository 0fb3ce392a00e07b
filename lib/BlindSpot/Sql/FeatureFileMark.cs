using BlindSpot.Core;

namespace BlindSpot.Sql;

/// <summary>
/// The mark a feature file carries in its Parquet footer, from DuckDB and from PostgreSQL alike: what lets a rerun
/// replace its own earlier result, and nothing else.
/// </summary>
public static class FeatureFileMark
{
    private const string Key = "blindspot.file", Value = "session_features";

    public static IReadOnlyDictionary<string, string> Pairs { get; } = new Dictionary<string, string> { [Key] = Value };

    /// <summary>Whether <paramref name="path"/> is a Parquet file with the mark (false for any other file, Parquet or not).</summary>
    public static bool IsOn(string path)
    {
        try
        {
            using var db = DuckDb.OpenInMemory();
            return db.Scalar<long>($"SELECT count(*) FROM parquet_kv_metadata({DuckDbPath.Literal(path)}) WHERE decode(key) = {DuckDb.Literal(Key)} AND decode(value) = {DuckDb.Literal(Value)}") > 0;
        }
        catch (DuckDB.NET.Data.DuckDBException)
        {
            return false; // not Parquet at all
        }
    }
}
