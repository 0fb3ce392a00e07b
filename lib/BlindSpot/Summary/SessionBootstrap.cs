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
        var draws = Bootstrap.Replicates(replicates, seed, Salt, random => Figures(Bootstrap.Resample(random, outcomes.Length)));
        Point = Figures([.. Enumerable.Range(0, outcomes.Length)]);
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

    private Dictionary<string, double> Figures(int[] rows)
    {
        double Share(Outcome o) => rows.Count(r => _outcomes[r] == (int)o) / (double)rows.Length;
        double MeanFailures(Outcome o) => rows.Where(r => _outcomes[r] == (int)o).Select(r => (double)_failures[r]).DefaultIfEmpty(double.NaN).Average();
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
