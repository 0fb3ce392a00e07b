namespace BlindSpot.Simulation;

/// <summary>Everything that decides a simulated data set. Same options, same bytes.</summary>
public sealed record SimulationOptions
{
    public const int DefaultSeed = 42;
    public const int DefaultSessions = 1250;

    public int Sessions { get; init; } = DefaultSessions;
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Relative weight of each intent among sessions (need not sum to 1).</summary>
    public IReadOnlyDictionary<string, double> IntentMix { get; init; } = DefaultIntentMix;

    /// <summary>
    /// Probability that a user who is about to end a failing session ends it in the other way than
    /// their profile says (a persister leaves, an abandoner asks for a human). 0 makes the two failure
    /// modes perfectly separable by profile; the default keeps the level-2 problem realistic.
    /// </summary>
    public double BehaviouralNoise { get; init; } = 0.28;

    public PlantedEffects Effects { get; init; } = new();

    public BehaviourModel Model { get; init; } = new();

    /// <summary>The human leg (handoffs, human-only cohort, surveys): written beside the turn log, never changes it.</summary>
    public HandoffOptions Handoff { get; init; } = new();

    /// <summary>Failed sessions that come back later (off by default: the default data set has no returns).</summary>
    public ReturnOptions Returns { get; init; } = new();

    /// <summary>First day of the simulated traffic (UTC); sessions spread over <see cref="DaysOfTraffic"/> days.</summary>
    public DateTime StartDate { get; init; } = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);

    public int DaysOfTraffic { get; init; } = 28;

    public static readonly IReadOnlyDictionary<string, double> DefaultIntentMix = new Dictionary<string, double>
    {
        ["billing"] = 0.22,
        ["technical_support"] = 0.22,
        ["account_access"] = 0.16,
        ["order_status"] = 0.16,
        ["product_info"] = 0.14,
        ["cancellation"] = 0.10,
    };

    public void Validate()
    {
        if (Sessions < 1) throw new ArgumentException($"Sessions must be at least 1 (got {Sessions}).");
        if (BehaviouralNoise is < 0 or > 1 || double.IsNaN(BehaviouralNoise))
            throw new ArgumentException($"BehaviouralNoise must be in [0, 1] (got {BehaviouralNoise}).");
        if (IntentMix.Count == 0) throw new ArgumentException("IntentMix must name at least one intent.");
        foreach (var (intent, weight) in IntentMix)
        {
            if (!Logs.TurnLogSchema.Intents.Contains(intent))
                throw new ArgumentException($"IntentMix names unknown intent '{intent}'; known: {string.Join(", ", Logs.TurnLogSchema.Intents)}.");
            if (weight < 0 || double.IsNaN(weight)) throw new ArgumentException($"IntentMix weight of '{intent}' must be >= 0 (got {weight}).");
        }
        if (IntentMix.Values.Sum() <= 0) throw new ArgumentException("IntentMix weights must not all be 0.");
        if (Effects.HiddenFailures && !Logs.TurnLogSchema.Intents.Contains(Effects.HiddenFailureIntent))
            throw new ArgumentException($"HiddenFailureIntent '{Effects.HiddenFailureIntent}' is not a known intent.");
        if (DaysOfTraffic < 1) throw new ArgumentException("DaysOfTraffic must be at least 1.");
        Handoff.Validate();
        Returns.Validate();
    }
}
