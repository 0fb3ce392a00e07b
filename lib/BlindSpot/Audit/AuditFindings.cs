using BlindSpot.Core;

namespace BlindSpot.Audit;

/// <summary>
/// One group's missed-failure rate (FNR) before and after the per-group thresholds, and its ratio to overall.
/// Null where the metric is undefined (no true failure in the group).
/// </summary>
public sealed record GroupFnr(double? Fnr, double? Ratio, double? FnrAfterMitigation)
{
    /// <summary>The group's observed failures, the FNR's denominator (null in findings saved before it was recorded).</summary>
    public int? Failures { get; init; }

    /// <summary>Whether the audit flags the group's FNR above the other groups' (null in findings saved before it was recorded).</summary>
    public bool? FlaggedHigher { get; init; }
}

/// <summary>What notebook 04 hands on: the audit of missed failures by group, and what the per-group thresholds do.</summary>
public sealed record AuditFindings(
    string? OutcomeDefinition,
    string GroupColumn,
    double OverallFnr,
    int GroupsFlaggedHigher,
    double FnrDisparityBefore,
    double FnrDisparityAfter,
    double F1Before,
    double F1After,
    double F1CostPoints,
    SortedDictionary<string, GroupFnr> Groups) : IFindings
{
    public static string Stage => "04-bias-audit";

    public static int SchemaVersion => 3;

    public static AuditFindings From(string groupColumn, GroupAudit audit, Mitigation mitigation, string? outcomeDefinition = null)
    {
        var fnr = AuditMetric.FalseNegativeRate;
        var groups = audit.ByGroup(fnr).Zip(mitigation.After.ByGroup(fnr))
            .ToDictionary(p => p.First.Group, p => new GroupFnr(Finite(p.First.Value), Finite(p.First.Ratio), Finite(p.Second.Value))
            {
                Failures = p.First.Support, FlaggedHigher = p.First.Status == DisparityStatus.Higher,
            });
        return new AuditFindings(outcomeDefinition, groupColumn, audit.Overall(fnr).Value, audit.Flagged(fnr).Count(r => r.Status == DisparityStatus.Higher),
            mitigation.FnrDisparityBefore, mitigation.FnrDisparityAfter, mitigation.F1Before, mitigation.F1After, mitigation.F1CostPoints,
            new(groups, StringComparer.Ordinal));
    }

    /// <summary>Whether the audit has groups enough to compare (<see cref="EffectChecks.Audit"/>).</summary>
    public Testability Check() => Groups.Values.Any(g => g.Failures is null)
        ? Testability.Not("the audit findings hold no failure counts per group: run notebook 04 again")
        : EffectChecks.Audit(Groups.ToDictionary(g => g.Key, g => g.Value.Failures!.Value));

    /// <summary>The group whose failures are missed most often, relative to overall (null when no group has a ratio).</summary>
    public string? HighestRatioGroup =>
        Groups.Where(g => g.Value.Ratio is not null).OrderByDescending(g => g.Value.Ratio!.Value).Select(g => g.Key).FirstOrDefault();

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
