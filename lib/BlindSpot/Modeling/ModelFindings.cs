using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>One learner's cross-validated figures: means over folds and repeats; the paired difference in F1 points
/// with its corrected resampled t interval (<see cref="CorrectedResampledT"/>).</summary>
public sealed record LearnerFindings(
    double FlatMacroF1,
    double NestedMacroF1,
    double? LevelTwoOracleF1,
    double? LevelTwoRoutedF1,
    double NestedMinusFlatPoints,
    double NestedMinusFlatLowerPoints,
    double NestedMinusFlatUpperPoints)
{
    /// <summary>"+0.5 [−0.6, +1.6]": the difference and its 95 % interval, in F1 points.</summary>
    public string NestedMinusFlatText =>
        $"{Signed.Format(NestedMinusFlatPoints)} [{Signed.Format(NestedMinusFlatLowerPoints)}, {Signed.Format(NestedMinusFlatUpperPoints)}]";
}

/// <summary>
/// What notebook 03 hands on: flat vs nested per learner, on the same folds, and the shuffled-label control, under the
/// outcome definition the features were made with.
/// </summary>
public sealed record ModelFindings(string? OutcomeDefinition, SortedDictionary<string, LearnerFindings> Learners, double ShuffledMacroF1) : IFindings
{
    public static string Stage => "03-flat-vs-nested";

    public static int SchemaVersion => 3;

    public static ModelFindings From(IEnumerable<CvResult> results, CvResult shuffledControl) => new(
        shuffledControl.Data.Provenance?.OutcomeDefinition,
        new(results.ToDictionary(r => r.Learner, Of), StringComparer.Ordinal),
        shuffledControl.Summary(Design.Flat, MetricNames.MacroF1).Mean);

    public static LearnerFindings Of(CvResult r)
    {
        var interval = CorrectedResampledT.NestedMinusFlat(r, MetricNames.MacroF1);
        return new LearnerFindings(
            r.Summary(Design.Flat, MetricNames.MacroF1).Mean,
            r.Summary(Design.Nested, MetricNames.MacroF1).Mean,
            Defined(r.Summary(Design.Nested, MetricNames.LevelTwoOracleF1).Mean),
            Defined(r.Summary(Design.Nested, MetricNames.LevelTwoRoutedF1).Mean),
            100 * r.PairedDifference(MetricNames.MacroF1).Mean,
            100 * interval.Lower,
            100 * interval.Upper);
    }

    /// <summary>Level 2 is not applicable (NaN) when the definition has fewer than two failure classes.</summary>
    private static double? Defined(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The learner whose nested design gains most over its flat one.</summary>
    public KeyValuePair<string, LearnerFindings> BestGain() => Learners.MaxBy(l => l.Value.NestedMinusFlatPoints);
}
