using BlindSpot.Core;

namespace BlindSpot.Audit;

/// <summary>
/// One group on one metric: its value with an interval, its difference (group − overall) and ratio (group / overall)
/// with intervals, and the verdict. With too little support every number is NaN and the status says so.
/// </summary>
public sealed record GroupResult(
    string Group, AuditMetric Metric, int Rows, int Support, double Value, Interval Interval,
    double Difference, Interval DifferenceInterval, double Ratio, Interval RatioInterval, DisparityStatus Status)
{
    public bool HasSupport => Status != DisparityStatus.InsufficientSupport;

    public bool Flagged => DisparityFlag.IsFlagged(Status);

    /// <summary>Bootstrap replicates where the group's metric (or its ratio to overall) was undefined, left out of the intervals.</summary>
    public int UndefinedReplicates { get; init; }

    /// <summary>The metric over every other group's rows: what the group is tested against.</summary>
    public double RestValue { get; init; } = double.NaN;

    /// <summary>The group's value over the rest's (NaN when the rest's is 0).</summary>
    public double RatioToRest => RestValue == 0 || !double.IsFinite(RestValue) ? double.NaN : Value / RestValue;

    /// <summary>Two-sided p-value of "the group's rate equals the rest's" (<see cref="Core.TwoProportionTest"/>); NaN for a metric not tested.</summary>
    public double PValue { get; init; } = double.NaN;

    /// <summary><see cref="PValue"/> after Holm's correction over the intents' tests of the same metric (<see cref="GroupAudit"/>).</summary>
    public double AdjustedPValue { get; init; } = double.NaN;

    /// <summary>Outside the band with an interval that excludes parity, but not after the correction for multiple comparisons.</summary>
    public bool FlagRemovedByCorrection { get; init; }
}

/// <summary>A metric over every row of the audit, with its interval.</summary>
public sealed record OverallResult(AuditMetric Metric, int Rows, int Support, double Value, Interval Interval);

/// <summary>
/// The spread between the groups with enough support: the largest minus the smallest value and the smallest over the
/// largest (fairlearn's <c>difference()</c> / <c>ratio()</c> "between groups"), with intervals for that pair of groups
/// (<see cref="GroupAudit"/>); <see cref="UndefinedReplicates"/> of <see cref="Replicates"/> bootstrap replicates had
/// no value for one of the two and are not in the intervals.
/// </summary>
public sealed record BetweenGroups(AuditMetric Metric, string? MinGroup, string? MaxGroup, double Difference, Interval DifferenceInterval,
                                   double Ratio, Interval RatioInterval)
{
    public int UndefinedReplicates { get; init; }

    public int Replicates { get; init; }
}
