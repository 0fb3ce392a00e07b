using System.Security.Cryptography;
using System.Text;
using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// A short fingerprint of a turn log's content, the same for the CSV, the Parquet file or a partitioned folder that hold
/// the same rows: the row count and an order-independent sum of a hash of each row's nine contract columns, read with
/// their contract types. What hand-over files record, so a later notebook can tell it was made from another log.
/// </summary>
public static class TurnLogFingerprint
{
    public static string Of(string path)
    {
        using var db = DuckDb.OpenInMemory();
        return Of(db, TurnLogSource.Relation(path));
    }

    /// <summary>
    /// The fingerprint of a table or relation holding a log's rows, e.g. the imported <c>turns</c> when no row was
    /// rejected: the same value as <see cref="Of(string)"/> on the file, without reading the file a second time.
    /// </summary>
    public static string Of(DuckDBConnection db, string relation) => FromSummary(db.Scalar<string>($"SELECT {Summary} FROM {relation}"));

    /// <summary>
    /// The aggregate the fingerprint is made from, over any relation with the contract's column names: a scan that
    /// reads the log anyway can compute it alongside its own aggregates and pass the value to <see cref="FromSummary"/>.
    /// </summary>
    internal const string Summary =
        "CAST(count(*) AS VARCHAR) || ':' || CAST(coalesce(sum(CAST(hash(CAST(session_id AS VARCHAR), TRY_CAST(turn_index AS INTEGER), " +
        "TRY_CAST(ts AS TIMESTAMP), CAST(speaker AS VARCHAR), CAST(intent AS VARCHAR), CAST(text AS VARCHAR), TRY_CAST(sentiment AS DOUBLE), " +
        "TRY_CAST(bot_failure AS BOOLEAN), CAST(event AS VARCHAR)) AS HUGEINT)), 0) AS VARCHAR)";

    internal static string FromSummary(string summary) =>
        "rows:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(summary)))[..16];
}
