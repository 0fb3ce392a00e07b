using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>One learner's cross-validated figures: means over folds and repeats; the paired difference in points.</summary>
public sealed record LearnerFindings(
    double FlatMacroF1,
    double NestedMacroF1,
    double? LevelTwoOracleF1,
    double? LevelTwoRoutedF1,
    double NestedMinusFlatPoints,
    double NestedMinusFlatSdPoints);

/// <summary>
/// What notebook 03 hands on: flat vs nested per learner, on the same folds, and the shuffled-label control, under the
/// outcome definition the features were made with.
/// </summary>
public sealed record ModelFindings(string? OutcomeDefinition, SortedDictionary<string, LearnerFindings> Learners, double ShuffledMacroF1) : IFindings
{
    public static string Stage => "03-flat-vs-nested";

    public static int SchemaVersion => 2;

    public static ModelFindings From(IEnumerable<CvResult> results, CvResult shuffledControl) => new(
        shuffledControl.Data.Provenance?.OutcomeDefinition,
        new(results.ToDictionary(r => r.Learner, r => new LearnerFindings(
            r.Summary(Design.Flat, MetricNames.MacroF1).Mean,
            r.Summary(Design.Nested, MetricNames.MacroF1).Mean,
            Defined(r.Summary(Design.Nested, MetricNames.LevelTwoOracleF1).Mean),
            Defined(r.Summary(Design.Nested, MetricNames.LevelTwoRoutedF1).Mean),
            100 * r.PairedDifference(MetricNames.MacroF1).Mean,
            100 * r.PairedDifference(MetricNames.MacroF1).Sd)), StringComparer.Ordinal),
        shuffledControl.Summary(Design.Flat, MetricNames.MacroF1).Mean);

    /// <summary>Level 2 is not applicable (NaN) when the definition has fewer than two failure classes.</summary>
    private static double? Defined(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The learner whose nested design gains most over its flat one.</summary>
    public KeyValuePair<string, LearnerFindings> BestGain() => Learners.MaxBy(l => l.Value.NestedMinusFlatPoints);
}
