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

    /// <summary>Failures in <see cref="HiddenFailureIntent"/> move sentiment much less, so they are harder to see; off: that intent is like the others.</summary>
    public bool HiddenFailures { get; init; } = true;

    public string HiddenFailureIntent { get; init; } = "billing";

    public static PlantedEffects None => new()
    {
        PersistersEscalateAfterFailures = false,
        EarlySentimentDrop = false,
        HiddenFailures = false,
    };
}
