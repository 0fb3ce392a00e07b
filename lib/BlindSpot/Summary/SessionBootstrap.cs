using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>
/// The headline figures of one log with 95 % percentile intervals over its sessions: the sessions are drawn again with
/// replacement, and each figure recomputed on every draw. What a team's log can say about its own uncertainty. Where
/// sessions (visits) share a customer or a conversation, those are drawn whole instead (a cluster bootstrap): visits of
/// one conversation are not independent, and drawing them one by one would make the intervals too narrow.
/// </summary>
public sealed class SessionBootstrap
{
    private readonly int[] _outcomes;
    private readonly int[] _failures;

    private SessionBootstrap(int[] outcomes, int[] failures, int[]? clusterOf, int replicates, int seed)
    {
        (_outcomes, _failures, Replicates) = (outcomes, failures, replicates);
        var n = outcomes.Length;
        Point = Figures(Tally(n, i => i));
        Dictionary<string, double>[] draws;
        if (clusterOf is null)
        {
            // Every figure is a function of each outcome's session count and failure sum, so a draw is tallied as it is made:
            // the same draws as resampling the rows (one random.Next per row, in order), without an array of ten million
            // indices per replicate. Replicates have streams of their own, so they run side by side with the same result.
            draws = Bootstrap.Replicates(replicates, seed, Salt, random => Figures(Tally(n, _ => random.Next(0, n))), inParallel: true);
        }
        else
        {
            Clusters = clusterOf.Max() + 1;
            var perCluster = ClusterTallies(clusterOf, Clusters.Value);
            var c = Clusters.Value;
            draws = Bootstrap.Replicates(replicates, seed, Salt, random => Figures(Sum(perCluster, c, _ => random.Next(0, c))), inParallel: true);
        }
        Intervals = Point.Keys.ToDictionary(k => k, k => Interval.Percentile(draws.Select(d => d[k]).Where(double.IsFinite)));
        Undefined = Point.Keys.ToDictionary(k => k, k => draws.Count(d => !double.IsFinite(d[k])));
    }

    private const ulong Salt = 0x53455353UL;

    public const string EscalatedShare = "escalated share", AbandonedShare = "abandoned share", FailureShare = "escalated + abandoned",
        FailuresBeforeEscalation = "failures before escalation", FailuresBeforeAbandoning = "failures before abandoning",
        FewerFailuresWhenAbandoning = "escalated − abandoned failures";

    /// <summary>Each figure on the log as it is.</summary>
    public IReadOnlyDictionary<string, double> Point { get; }

    /// <summary>Each figure's 95 % interval over the draws where it is defined (undefined when no draw defines it).</summary>
    public IReadOnlyDictionary<string, Interval> Intervals { get; }

    /// <summary>Per figure, the draws where it was undefined (e.g. no escalated session drawn), left out of its interval.</summary>
    public IReadOnlyDictionary<string, int> Undefined { get; }

    public int Replicates { get; }

    /// <summary>How many conversations (or customers) were drawn whole; null when sessions were drawn one by one.</summary>
    public int? Clusters { get; }

    /// <summary>What the draws resample, for a reader: sessions, or conversations.</summary>
    public string Resampling => Clusters is { } c
        ? $"{c:N0} conversations resampled (visits sharing a customer_id or conversation_id are drawn together)"
        : "sessions resampled";

    /// <summary>
    /// From each session's outcome index and failure count; <paramref name="clusters"/>, when given, names each session's
    /// conversation (null: a conversation of its own). Without two sessions sharing one, the sessions are drawn.
    /// </summary>
    public static SessionBootstrap From(int[] outcomes, int[] failures, string?[]? clusters = null, int replicates = 1000, int seed = 42)
    {
        if (failures.Length != outcomes.Length || clusters is { } c && c.Length != outcomes.Length)
            throw new ArgumentException("One outcome, one failure count and one conversation per session.");
        return new SessionBootstrap(outcomes, failures, clusters is null ? null : ClusterIndex(clusters), replicates, seed);
    }

    /// <summary>Outcomes under <paramref name="outcomeDefinition"/> and bot failures before the terminal event, per session of the log.</summary>
    public static SessionBootstrap Of(string turnsPath, string outcomeDefinition, int replicates = 1000, int seed = 42, DuckDbOptions? duckDb = null)
    {
        var (outcomes, failures, clusters) = SessionsOf(turnsPath, outcomeDefinition, duckDb);
        return From(outcomes, failures, clusters, replicates, seed);
    }

    /// <summary>What the bootstrap draws from: each session's outcome index, bot failures and conversation (null: its own).</summary>
    public static (int[] Outcomes, int[] Failures, string?[] Clusters) SessionsOf(string turnsPath, string outcomeDefinition, DuckDbOptions? duckDb = null)
    {
        using var sql = new SqlSession(duckDb);
        var report = sql.LoadTurns(turnsPath);
        if (!report.IsValid) throw new InvalidDataException(report.ToString());
        SqlStage.Features(sql, outcomeDefinition);
        var cluster = ClusterExpression(sql);
        var (outcomes, failures, clusters) = (new List<int>(), new List<int>(), new List<string?>());
        using var command = sql.Connection.CreateCommand(
            $"SELECT o.outcome, f.n_failures, c.cluster FROM outcomes o JOIN session_features f USING (session_id) " +
            $"LEFT JOIN (SELECT session_id, any_value({cluster}) AS cluster FROM turns GROUP BY session_id) c USING (session_id) ORDER BY o.session_id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            outcomes.Add(Outcomes.Index(reader.GetString(0)));
            failures.Add(Convert.ToInt32(reader.GetValue(1)));
            clusters.Add(reader.IsDBNull(2) ? null : reader.GetString(2));
        }
        return ([.. outcomes], [.. failures], [.. clusters]);
    }

    /// <summary>The customer where the log names one, else the conversation: the coarser group is the safer one to draw whole.</summary>
    private static string ClusterExpression(SqlSession sql)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        using (var command = sql.Connection.CreateCommand("SELECT column_name FROM information_schema.columns WHERE table_name = 'turns'"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) columns.Add(reader.GetString(0));
        var parts = new[] { "customer_id", "conversation_id" }.Where(columns.Contains).Select(c => $"'{c}:' || CAST({c} AS VARCHAR)").ToList();
        return parts.Count == 0 ? "NULL::VARCHAR" : $"coalesce({string.Join(", ", parts)})";
    }

    /// <summary>Each session's cluster as 0 … C − 1 (a session without one is its own); null when no two sessions share one.</summary>
    private static int[]? ClusterIndex(string?[] clusters)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusterOf = new int[clusters.Length];
        var next = 0;
        for (var i = 0; i < clusters.Length; i++)
            clusterOf[i] = clusters[i] is { } key ? index.TryGetValue(key, out var c) ? c : index[key] = next++ : next++;
        return next == clusters.Length ? null : clusterOf;
    }

    private (long[] Sessions, long[] Failures)[] ClusterTallies(int[] clusterOf, int count)
    {
        var tallies = Enumerable.Range(0, count).Select(_ => (Sessions: new long[Outcomes.Count], Failures: new long[Outcomes.Count])).ToArray();
        for (var i = 0; i < clusterOf.Length; i++)
        {
            tallies[clusterOf[i]].Sessions[_outcomes[i]]++;
            tallies[clusterOf[i]].Failures[_outcomes[i]] += _failures[i];
        }
        return tallies;
    }

    private static (long[] Sessions, long[] Failures) Sum((long[] Sessions, long[] Failures)[] tallies, int count, Func<int, int> cluster)
    {
        var (sessions, failures) = (new long[Outcomes.Count], new long[Outcomes.Count]);
        for (var i = 0; i < count; i++)
        {
            var t = tallies[cluster(i)];
            for (var o = 0; o < Outcomes.Count; o++) (sessions[o], failures[o]) = (sessions[o] + t.Sessions[o], failures[o] + t.Failures[o]);
        }
        return (sessions, failures);
    }

    /// <summary>Sessions and failures per outcome over <paramref name="count"/> rows, the i-th being <paramref name="row"/>(i).</summary>
    private (long[] Sessions, long[] Failures) Tally(int count, Func<int, int> row)
    {
        var (sessions, failures) = (new long[Outcomes.Count], new long[Outcomes.Count]);
        for (var i = 0; i < count; i++)
        {
            var r = row(i);
            sessions[_outcomes[r]]++;
            failures[_outcomes[r]] += _failures[r];
        }
        return (sessions, failures);
    }

    private static Dictionary<string, double> Figures((long[] Sessions, long[] Failures) tally)
    {
        var total = (double)tally.Sessions.Sum();
        double Share(Outcome o) => tally.Sessions[(int)o] / total;
        double MeanFailures(Outcome o) => tally.Sessions[(int)o] == 0 ? double.NaN : tally.Failures[(int)o] / (double)tally.Sessions[(int)o];
        return new()
        {
            [EscalatedShare] = Share(Outcome.Escalated),
            [AbandonedShare] = Share(Outcome.Abandoned),
            [FailureShare] = Share(Outcome.Escalated) + Share(Outcome.Abandoned),
            [FailuresBeforeEscalation] = MeanFailures(Outcome.Escalated),
            [FailuresBeforeAbandoning] = MeanFailures(Outcome.Abandoned),
            [FewerFailuresWhenAbandoning] = MeanFailures(Outcome.Escalated) - MeanFailures(Outcome.Abandoned),
        };
    }
}
