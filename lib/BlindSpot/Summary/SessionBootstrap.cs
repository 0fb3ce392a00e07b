using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>
/// The headline figures of one log with 95 % percentile intervals over its sessions: the sessions are drawn again with
/// replacement, and each figure recomputed on every draw. What a team's log can say about its own uncertainty.
/// </summary>
public sealed class SessionBootstrap
{
    private readonly int[] _outcomes;
    private readonly int[] _failures;

    private SessionBootstrap(int[] outcomes, int[] failures, int replicates, int seed)
    {
        (_outcomes, _failures) = (outcomes, failures);
        // Every figure is a function of each outcome's session count and failure sum, so a draw is tallied as it is made:
        // the same draws as resampling the rows (one random.Next per row, in order), without an array of ten million
        // indices per replicate. Replicates have streams of their own, so they run side by side with the same result.
        var n = outcomes.Length;
        var draws = Bootstrap.Replicates(replicates, seed, Salt, random => Figures(Tally(n, _ => random.Next(0, n))), inParallel: true);
        Point = Figures(Tally(n, i => i));
        Intervals = Point.Keys.ToDictionary(k => k, k => Interval.Percentile(draws.Select(d => d[k]).Where(double.IsFinite)));
    }

    private const ulong Salt = 0x53455353UL;

    public const string EscalatedShare = "escalated share", AbandonedShare = "abandoned share", FailureShare = "escalated + abandoned",
        FailuresBeforeEscalation = "failures before escalation", FailuresBeforeAbandoning = "failures before abandoning",
        FewerFailuresWhenAbandoning = "escalated − abandoned failures";

    /// <summary>Each figure on the log as it is.</summary>
    public IReadOnlyDictionary<string, double> Point { get; }

    /// <summary>Each figure's 95 % interval over the draws (undefined when no draw defines it).</summary>
    public IReadOnlyDictionary<string, Interval> Intervals { get; }

    /// <summary>Outcomes under <paramref name="outcomeDefinition"/> and bot failures before the terminal event, per session of the log.</summary>
    public static SessionBootstrap Of(string turnsPath, string outcomeDefinition, int replicates = 1000, int seed = 42, DuckDbOptions? duckDb = null)
    {
        using var sql = new SqlSession(duckDb);
        var report = sql.LoadTurns(turnsPath);
        if (!report.IsValid) throw new InvalidDataException(report.ToString());
        SqlStage.Features(sql, outcomeDefinition);
        var outcomes = new List<int>();
        var failures = new List<int>();
        using var command = sql.Connection.CreateCommand(
            "SELECT o.outcome, f.n_failures FROM outcomes o JOIN session_features f USING (session_id) ORDER BY o.session_id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            outcomes.Add(Outcomes.Index(reader.GetString(0)));
            failures.Add(Convert.ToInt32(reader.GetValue(1)));
        }
        return new SessionBootstrap([.. outcomes], [.. failures], replicates, seed);
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
