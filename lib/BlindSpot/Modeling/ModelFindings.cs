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
    /// <summary>"+0.5 [−0.6, +1.6]": the difference and its 95 % interval, in F1 points ("no variation over folds" on a zero spread).</summary>
    public string NestedMinusFlatText =>
        CorrectedResampledT.Text(NestedMinusFlatPoints, new Interval(NestedMinusFlatLowerPoints, NestedMinusFlatUpperPoints), v => Signed.Format(v));

    /// <summary>Each design's macro F1 with its 95 % corrected resampled t interval over folds (null in findings saved before).</summary>
    public Interval? FlatMacroF1Interval { get; init; }

    public Interval? NestedMacroF1Interval { get; init; }
}

/// <summary>
/// What notebook 03 hands on: flat vs nested per learner, on the same folds, and the shuffled-label control, under the
/// outcome definition the features were made with.
/// </summary>
public sealed record ModelFindings(string? OutcomeDefinition, SortedDictionary<string, LearnerFindings> Learners, double ShuffledMacroF1) : IFindings
{
    /// <summary>The nested design's macro F1 on the shuffled labels (<see cref="ShuffledMacroF1"/> is the flat one's).</summary>
    public double? ShuffledNestedMacroF1 { get; init; }

    public static string Stage => "03-flat-vs-nested";

    public static int SchemaVersion => 3;

    public static ModelFindings From(IEnumerable<CvResult> results, CvResult shuffledControl) => new(
        shuffledControl.Data.Provenance?.OutcomeDefinition,
        new(results.ToDictionary(r => r.Learner, Of), StringComparer.Ordinal),
        shuffledControl.Summary(Design.Flat, MetricNames.MacroF1).Mean)
    {
        ShuffledNestedMacroF1 = shuffledControl.Summary(Design.Nested, MetricNames.MacroF1).Mean,
    };

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
            100 * interval.Upper)
        {
            FlatMacroF1Interval = CorrectedResampledT.Of(r.Summary(Design.Flat, MetricNames.MacroF1), r.Plan.Folds),
            NestedMacroF1Interval = CorrectedResampledT.Of(r.Summary(Design.Nested, MetricNames.MacroF1), r.Plan.Folds),
        };
    }

    /// <summary>Level 2 is not applicable (NaN) when the definition has fewer than two failure classes.</summary>
    private static double? Defined(double value) => double.IsFinite(value) ? value : null;

    /// <summary>
    /// Whether <paramref name="learner"/>'s flat and nested designs both lie above the shuffled-label control
    /// (<see cref="EffectChecks.BeatsShuffledControl"/>): only then does their difference say anything about the designs.
    /// </summary>
    public Testability ComparisonCheck(string learner)
    {
        var l = Learners[learner];
        return EffectChecks.BeatsShuffledControl(
        [
            ("flat", l.FlatMacroF1, l.FlatMacroF1Interval ?? Interval.None, ShuffledMacroF1),
            ("nested", l.NestedMacroF1, l.NestedMacroF1Interval ?? Interval.None, ShuffledNestedMacroF1 ?? ShuffledMacroF1),
        ]);
    }

    /// <summary>The learner whose nested design gains most over its flat one.</summary>
    public KeyValuePair<string, LearnerFindings> BestGain() => Learners.MaxBy(l => l.Value.NestedMinusFlatPoints);

    /// <summary>The best gain among learners whose designs beat the shuffled-label control; without one, the best gain and why it cannot be read.</summary>
    public (string Learner, LearnerFindings Gain, Testability Check) BestTestableGain()
    {
        var testable = Learners.Where(l => ComparisonCheck(l.Key).IsTestable).ToList();
        var (learner, gain) = testable.Count > 0 ? testable.MaxBy(l => l.Value.NestedMinusFlatPoints) : BestGain();
        return (learner, gain, ComparisonCheck(learner));
    }
}
