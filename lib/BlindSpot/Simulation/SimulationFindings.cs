using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>
/// What notebook 01 hands on: the simulation's size and seed, the marginals it was calibrated to, and which effects
/// were planted (so a verdict can say "the simulator hides this intent's failures" only when it did).
/// </summary>
public sealed record SimulationFindings(
    int Seed,
    long Sessions,
    long Turns,
    double ResolvedShare,
    double EscalatedShare,
    double AbandonedShare,
    double FailuresBeforeEscalation,
    double FailuresBeforeAbandoning,
    double LatentFailureShare,
    bool EarlySentimentDrop,
    bool HiddenFailures,
    string HiddenFailureIntent) : IFindings
{
    public static string Stage => "01-generate-data";

    public static int SchemaVersion => 3;

    public static SimulationFindings From(SimulationOptions options, SimulationSummary summary) => new(
        options.Seed, summary.Sessions, summary.Turns,
        summary.Share(Outcome.Resolved), summary.Share(Outcome.Escalated), summary.Share(Outcome.Abandoned),
        summary.MeanFailures(Outcome.Escalated), summary.MeanFailures(Outcome.Abandoned), summary.LatentFailureShare,
        options.Effects.EarlySentimentDrop, options.Effects.HiddenFailures, options.Effects.HiddenFailureIntent);
}
