using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>The marginals the simulator is calibrated against, computed from simulated sessions.</summary>
public sealed class SimulationSummary
{
    private readonly Dictionary<Outcome, int> _outcomes = Outcomes.All.ToDictionary(o => o, _ => 0);
    private readonly Dictionary<Outcome, double> _failureSums = Outcomes.All.ToDictionary(o => o, _ => 0.0);
    private readonly Dictionary<string, (int BotTurns, int Failures)> _byIntent = new();
    private int _trueFailures;

    public int Sessions { get; private set; }
    public long Turns { get; private set; }

    public void Add(SimulatedSession session)
    {
        Sessions++;
        Turns += session.Turns.Count;
        var outcome = ObservedOutcomes.ThreeTier(session.Turns);
        _outcomes[outcome]++;
        _failureSums[outcome] += ObservedOutcomes.FailuresBeforeTerminal(session.Turns);
        if (session.Truth.TrueOutcome != Outcome.Resolved.Name()) _trueFailures++;
        var (botTurns, failures) = _byIntent.GetValueOrDefault(session.Truth.Intent);
        foreach (var t in session.Turns)
        {
            if (t.Speaker != "bot") continue;
            botTurns++;
            if (t.BotFailure == true) failures++;
        }
        _byIntent[session.Truth.Intent] = (botTurns, failures);
    }

    /// <summary>Share of sessions with each observed three-tier label.</summary>
    public double Share(Outcome outcome) => Sessions == 0 ? 0 : (double)_outcomes[outcome] / Sessions;

    public int Count(Outcome outcome) => _outcomes[outcome];

    /// <summary>Mean bot failures before the terminal event, for sessions with this observed label.</summary>
    public double MeanFailures(Outcome outcome) => _outcomes[outcome] == 0 ? double.NaN : _failureSums[outcome] / _outcomes[outcome];

    /// <summary>Failed bot turns over bot turns, per intent.</summary>
    public IReadOnlyDictionary<string, double> FailureRateByIntent =>
        _byIntent.Where(kv => kv.Value.BotTurns > 0)
                 .ToDictionary(kv => kv.Key, kv => (double)kv.Value.Failures / kv.Value.BotTurns);

    /// <summary>Share of sessions whose latent truth is a failure (escalated or abandoned).</summary>
    public double LatentFailureShare => Sessions == 0 ? 0 : (double)_trueFailures / Sessions;

    public static SimulationSummary Of(SimulationOptions options)
    {
        var simulator = new ConversationSimulator(options);
        var summary = new SimulationSummary();
        for (long i = 0; i < options.Sessions; i++) summary.Add(simulator.Simulate(i));
        return summary;
    }
}
