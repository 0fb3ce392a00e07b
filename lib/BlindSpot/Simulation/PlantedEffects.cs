namespace BlindSpot.Simulation;

/// <summary>
/// Effects the simulator plants on purpose so the analysis can be checked for recovering them
/// (each one on) and for not inventing them (each one off). Documented in Simulation/README.md.
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

    public static PlantedEffects None => new()
    {
        PersistersEscalateAfterFailures = false,
        EarlySentimentDrop = false,
        HiddenFailures = false,
    };
}
