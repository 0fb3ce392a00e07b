using BlindSpot.Modeling;

namespace BlindSpot.EarlyWarning;

/// <summary>What the early-warning stage found: the forecasts after every k, and the findings.</summary>
public sealed record EarlyWarningRun(EarlyWarningAnalysis Analysis, EarlyWarningFindings Findings);

/// <summary>
/// The early-warning stage: the sessions cut after each of their first user turns → forecasts of abandonment and
/// failure per feature set, alerts and what reaching out would buy.
/// </summary>
public static class EarlyWarningStage
{
    /// <param name="recovery">The planted-drop runs (<see cref="PlantedRecovery"/>), simulated logs only; none by default.</param>
    public static EarlyWarningRun Run(PrefixDataset prefixes, string learner, EarlyWarningOptions options, string outcomeDefinition,
                                      IReadOnlyList<RecoveryResult>? recovery = null, IProgress<string>? progress = null)
    {
        var analysis = EarlyWarningAnalysis.Run(prefixes, Learner.ByName(learner, options.Seed), options, progress);
        return new EarlyWarningRun(analysis, EarlyWarningFindings.From(analysis, options.AlertShare, recovery ?? [], outcomeDefinition));
    }
}
