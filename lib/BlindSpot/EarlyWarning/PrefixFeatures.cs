using BlindSpot.Core;
using BlindSpot.Sql;
using DuckDB.NET.Data;

namespace BlindSpot.EarlyWarning;

/// <summary>Runs <c>sql/prefix_features.sql</c> in a session whose turn log is loaded, and reads its rows.</summary>
public static class PrefixFeatures
{
    public const string File = "prefix_features.sql";
    public const int DefaultMaxK = 6;

    /// <summary>Builds table <c>prefix_features</c> for k = 1 .. <paramref name="maxK"/> and returns its rows (by session, then k).</summary>
    public static IReadOnlyList<PrefixRow> Build(SqlSession session, int maxK = DefaultMaxK, bool read = true)
    {
        if (maxK < 1) throw new ArgumentOutOfRangeException(nameof(maxK), "k starts at 1.");
        session.Connection.Execute("SET VARIABLE prefix_max_k = ?", maxK);
        session.BuildFromLog(File, "prefix_features", $"prefix_max_k = {maxK}");
        return read ? Read(session.Connection) : [];
    }

    /// <param name="sampled">Only the sessions of the model sample's table (<see cref="ModelSampleTable"/>).</param>
    public static IReadOnlyList<PrefixRow> Read(DuckDBConnection db, bool sampled = false)
    {
        var rows = new List<PrefixRow>();
        using var command = db.CreateCommand(
            $"SELECT p.* FROM prefix_features p {(sampled ? $"JOIN {ModelSampleTable.Name} USING (session_id) " : "")}ORDER BY session_id, k");
        using var r = command.ExecuteReader();
        int At(string c) => r.GetOrdinal(c);
        long L(string c) => Convert.ToInt64(r.GetValue(At(c)));
        double? D(string c) => r.IsDBNull(At(c)) ? null : Convert.ToDouble(r.GetValue(At(c)));
        while (r.Read())
            rows.Add(new PrefixRow(
                r.GetString(At("session_id")), (int)L("k"), (int)L("prefix_end_turn"),
                r.IsDBNull(At("intent")) ? null : r.GetString(At("intent")),
                L("n_turns"), L("n_bot_turns"), L("n_failures"), L("n_sentiments"),
                D("first_sentiment"), D("last_sentiment"), D("mean_sentiment"), D("min_sentiment"),
                D("sentiment_velocity"), D("sentiment_slope"),
                r.IsDBNull(At("last_bot_failed")) ? null : (int)L("last_bot_failed"), L("seconds_so_far")));
        return rows;
    }
}
