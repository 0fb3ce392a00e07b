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
    private SessionBootstrap(int[] outcomes, int[] failures, int[]? clusterOf, int replicates, int seed)
    {
        Replicates = replicates;
        if (clusterOf is not null) Clusters = clusterOf.Max() + 1;
        // What a draw resamples (sessions, or conversations whole) falls into a few kinds: units with the same sessions and
        // failures per outcome. Drawing N units with replacement is a multinomial draw over the kinds, so a replicate costs
        // a binomial per kind, not N random indices: ten million sessions take the time of a thousand.
        var kinds = clusterOf is null ? SessionKinds(outcomes, failures) : ClusterKinds(outcomes, failures, clusterOf, Clusters!.Value);
        var units = clusterOf is null ? outcomes.LongLength : Clusters!.Value;
        var multiplicity = kinds.Select(k => k.Units).ToArray();
        Point = Figures(Sum(kinds, multiplicity));
        var draws = Bootstrap.Replicates(replicates, seed, Salt, random => Figures(Sum(kinds, Multinomial.Sample(random, units, multiplicity))));
        Intervals = Point.Keys.ToDictionary(k => k, k => Interval.Percentile(draws.Select(d => d[k]).Where(double.IsFinite)));
        Undefined = Point.Keys.ToDictionary(k => k, k => draws.Count(d => !double.IsFinite(d[k])));
    }

    /// <summary>Units (sessions or conversations) with the same sessions and failures per outcome, and how many there are.</summary>
    private sealed record Kind(long[] Sessions, long[] Failures, long Units);

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

    private static List<Kind> SessionKinds(int[] outcomes, int[] failures)
    {
        var counts = new Dictionary<(int Outcome, int Failures), long>();
        for (var i = 0; i < outcomes.Length; i++) counts[(outcomes[i], failures[i])] = counts.GetValueOrDefault((outcomes[i], failures[i])) + 1;
        return [.. counts.OrderBy(c => c.Key.Outcome).ThenBy(c => c.Key.Failures).Select(c =>
        {
            var (sessions, sums) = (new long[Outcomes.Count], new long[Outcomes.Count]);
            (sessions[c.Key.Outcome], sums[c.Key.Outcome]) = (1, c.Key.Failures);
            return new Kind(sessions, sums, c.Value);
        })];
    }

    private static List<Kind> ClusterKinds(int[] outcomes, int[] failures, int[] clusterOf, int clusters)
    {
        const int width = 2 * Outcomes.Count; // sessions per outcome, then failures per outcome
        var tallies = new int[(long)clusters * width];
        for (var i = 0; i < outcomes.Length; i++)
        {
            tallies[(long)clusterOf[i] * width + outcomes[i]]++;
            tallies[(long)clusterOf[i] * width + Outcomes.Count + outcomes[i]] += failures[i];
        }
        var counts = new Dictionary<(int, int, int, int, int, int), long>();
        for (long c = 0; c < clusters; c++)
        {
            var t = tallies.AsSpan((int)(c * width), width);
            var key = (t[0], t[1], t[2], t[3], t[4], t[5]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return [.. counts.OrderBy(c => c.Key).Select(c => new Kind(
            [c.Key.Item1, c.Key.Item2, c.Key.Item3], [c.Key.Item4, c.Key.Item5, c.Key.Item6], c.Value))];
    }

    /// <summary>Sessions and failures per outcome when each kind is drawn <paramref name="times"/>[k] times.</summary>
    private static (long[] Sessions, long[] Failures) Sum(List<Kind> kinds, long[] times)
    {
        var (sessions, failures) = (new long[Outcomes.Count], new long[Outcomes.Count]);
        for (var k = 0; k < kinds.Count; k++)
            for (var o = 0; o < Outcomes.Count; o++)
                (sessions[o], failures[o]) = (sessions[o] + times[k] * kinds[k].Sessions[o], failures[o] + times[k] * kinds[k].Failures[o]);
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
