using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>
/// What one seed of a sweep runs: the notebooks' defaults, folds repeated as notebook 03 repeats them
/// (<see cref="RepeatedFolds.Repeats"/>), so the corrected resampled t of nested − flat has the notebook's degrees of
/// freedom. The audit uses the notebook's bootstrap replicates, so a seed's flags are the ones notebook 04 would show.
/// </summary>
public sealed record SweepOptions
{
    /// <summary>
    /// The sweep's first seed. Seeds 5000 onwards were never used to calibrate the simulator (its tests use 1000–1019,
    /// the notebooks 42), so the intervals on calibrated figures are out of sample.
    /// </summary>
    public const int DefaultFirstSeed = 5000;

    public int Sessions { get; init; } = 1250;
    public int Folds { get; init; } = 5;
    public int Bootstrap { get; init; } = Audit.AuditOptions.DefaultBootstrap;
    public int MaxK { get; init; } = 6;
    public double AlertShare { get; init; } = EarlyWarning.EarlyWarningOptions.DefaultAlertShare;
    public string OutcomeDefinition { get; init; } = SqlSession.DefaultOutcomeDefinition;

    /// <summary>The learners notebook 03 compares; the audit and early warning use the first, as notebooks 04 and 05 do.</summary>
    public IReadOnlyList<string> Learners { get; init; } = Learner.Names;

    /// <summary>The simulator's planted effects (all on by default, as in the committed data set); <c>--planted</c> switches them.</summary>
    public Simulation.PlantedEffects Effects { get; init; } = new();

    public void Validate()
    {
        if (Sessions < 100) throw new ArgumentException($"A sweep needs at least 100 sessions per seed (got {Sessions}).");
        if (Folds < 2) throw new ArgumentException($"Cross-validation needs at least 2 folds (got {Folds}).");
        if (Learners.Count == 0) throw new ArgumentException("Name at least one learner.");
    }
}
