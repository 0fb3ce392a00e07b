namespace BlindSpot.Simulation;

/// <summary>
/// Effects the simulator plants on purpose so the analysis can be checked for recovering them
/// (each one on) and for not inventing them (each one off). Documented in Simulation/README.md; every planted verdict
/// names its plant (<see cref="PlantNames"/>), and <c>blindspot sweep --planted</c> switches them by those names.
/// </summary>
public sealed record PlantedEffects
{
    /// <summary>Persisters ask for a human once their failures reach their patience; off: they ask at random moments, unrelated to failures.</summary>
    public bool PersistersEscalateAfterFailures { get; init; } = true;

    /// <summary>Silent abandoners' sentiment drops sharply at their 2nd and 3rd user turns; off: it moves like everyone else's.</summary>
    public bool EarlySentimentDrop { get; init; } = true;

    /// <summary>
    /// Failures in <see cref="HiddenFailureIntent"/> are hard to see: half of them are confident wrong answers the bot's
    /// own telemetry does not flag (<see cref="BehaviourModel.HiddenFailureUnloggedRate"/>), and they barely move the
    /// user's sentiment; so a failure detector misses that intent's failures more often. Off: that intent is like the others.
    /// </summary>
    public bool HiddenFailures { get; init; } = true;

    /// <summary>
    /// account_access by default: an intent outside the two the case study names, so that the audit has to find it
    /// (and so that hiding failures does not disturb the calibration target "billing and technical support fail most").
    /// </summary>
    public string HiddenFailureIntent { get; init; } = "account_access";

    /// <summary>
    /// Human leg: a more complete case packet means less re-explanation, a faster first useful reply and higher
    /// escalated-path satisfaction. Off: every packet acts like the average one. (<see cref="HandoffOptions.PacketEffect"/>
    /// is the same switch for callers that set the human leg alone; the effect is on only when both are.)
    /// </summary>
    public bool PacketEffect { get; init; } = true;

    /// <summary>
    /// Human leg: the escalated path's satisfaction pays for the handoff (re-explaining, waiting for a useful reply, a case
    /// the agent does not resolve). Off: an escalated customer scores like a bot-resolved one in the same mood, so the
    /// path differs from the blend only by the mood customers arrive in.
    /// </summary>
    public bool HandoffCosts { get; init; } = true;

    /// <summary>
    /// Human leg: after joining, the agent investigates (1–5 minutes, longer with a thinner packet) before the first
    /// useful reply. Off: the agent's answer is ready when it is written, so the useful reply follows the first one at once
    /// (after a re-explanation, if there is one).
    /// </summary>
    public bool AgentInvestigates { get; init; } = true;

    public static PlantedEffects None => new()
    {
        PersistersEscalateAfterFailures = false,
        EarlySentimentDrop = false,
        HiddenFailures = false,
        PacketEffect = false,
        HandoffCosts = false,
        AgentInvestigates = false,
    };

    /// <summary>The plants' names, as <c>--planted</c> and the verdict rules spell them.</summary>
    public const string EscalationAfterFailures = "escalation_after_failures", EarlyDrop = "early_sentiment_drop", Hidden = "hidden_failures",
        Packet = "packet_effect", Costs = "handoff_costs", Investigation = "agent_investigates";

    public static IReadOnlyList<string> PlantNames { get; } = [EscalationAfterFailures, EarlyDrop, Hidden, Packet, Costs, Investigation];

    /// <summary>Whether the plant named <paramref name="name"/> is on.</summary>
    public bool IsOn(string name) => name switch
    {
        EscalationAfterFailures => PersistersEscalateAfterFailures,
        EarlyDrop => EarlySentimentDrop,
        Hidden => HiddenFailures,
        Packet => PacketEffect,
        Costs => HandoffCosts,
        Investigation => AgentInvestigates,
        _ => throw Unknown(name),
    };

    /// <summary>These effects with the plant named <paramref name="name"/> switched on or off.</summary>
    public PlantedEffects With(string name, bool on) => name switch
    {
        EscalationAfterFailures => this with { PersistersEscalateAfterFailures = on },
        EarlyDrop => this with { EarlySentimentDrop = on },
        Hidden => this with { HiddenFailures = on },
        Packet => this with { PacketEffect = on },
        Costs => this with { HandoffCosts = on },
        Investigation => this with { AgentInvestigates = on },
        _ => throw Unknown(name),
    };

    /// <summary>
    /// The effects <c>--planted</c> asks for: nothing given → all on; "none" → all off; "all" → all on; otherwise only
    /// the plants named are on.
    /// </summary>
    public static PlantedEffects Only(IReadOnlyCollection<string> names)
    {
        if (names.Count == 0 || names.Contains("all")) return new();
        if (names.Contains("none"))
            return names.Count == 1 ? None : throw new ArgumentException("--planted none cannot be combined with plant names.");
        return names.Aggregate(None, (effects, name) => effects.With(name, true));
    }

    /// <summary>"all", "none" or the plants that are on, comma-separated.</summary>
    public string Describe()
    {
        var on = PlantNames.Where(IsOn).ToList();
        return on.Count == PlantNames.Count ? "all" : on.Count == 0 ? "none" : string.Join(",", on);
    }

    private static ArgumentException Unknown(string name) =>
        new($"Unknown plant '{name}'; known: {string.Join(", ", PlantNames)} (or all, none).");
}
