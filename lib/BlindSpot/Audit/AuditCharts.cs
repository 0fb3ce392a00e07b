using BlindSpot.Charts;

namespace BlindSpot.Audit;

/// <summary>The audit's pictures, drawn with the shared builders (<see cref="Charts.Figures.IntervalBars"/>).</summary>
public static class AuditCharts
{
    /// <summary>One metric per group with its interval and the overall value as a dashed line (groups without support left out).</summary>
    public static Figure ByGroup(GroupAudit audit, AuditMetric metric, string? title = null)
    {
        var rows = audit.ByGroup(metric).Where(r => r.HasSupport && double.IsFinite(r.Value)).ToList();
        var overall = audit.Overall(metric).Value;
        return Charts.Figures.IntervalBars(title ?? $"{metric.Name.ToUpperInvariant()} of failure detection by group (95 % bootstrap interval)",
            "group", metric.Name, [.. rows.Select(r => r.Group)],
            [Series("by group", rows)], [new ReferenceLine($"overall {Round(overall)}", Round(overall))]);
    }

    /// <summary>One metric per group before and after the mitigation, each with its interval, and both overall lines.</summary>
    public static Figure BeforeAfter(Mitigation mitigation, AuditMetric metric, string? title = null)
    {
        var groups = mitigation.Before.Groups.Where(g => mitigation.Before[g, metric].HasSupport && mitigation.After[g, metric].HasSupport).ToList();
        var (before, after) = (mitigation.Before.Overall(metric).Value, mitigation.After.Overall(metric).Value);
        return Charts.Figures.IntervalBars(title ?? $"{metric.Name.ToUpperInvariant()} by group before and after per-group thresholds",
            "group", metric.Name, groups,
            [Series("before", [.. groups.Select(g => mitigation.Before[g, metric])]), Series("after", [.. groups.Select(g => mitigation.After[g, metric])])],
            [new ReferenceLine($"overall before {Round(before)}", Round(before)), new ReferenceLine($"overall after {Round(after)}", Round(after))]);
    }

    private static IntervalSeries Series(string name, IReadOnlyList<GroupResult> rows) => new(name,
        [.. rows.Select(r => Round(r.Value))], [.. rows.Select(r => Round(r.Interval.Lower))], [.. rows.Select(r => Round(r.Interval.Upper))]);

    private static double Round(double value) => Math.Round(value, 4);
}
