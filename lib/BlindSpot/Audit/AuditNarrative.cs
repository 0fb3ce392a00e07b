using System.Globalization;
using BlindSpot.Core;

namespace BlindSpot.Audit;

/// <summary>The audit's findings as a paragraph, composed from the results (never typed by hand).</summary>
public static class AuditNarrative
{
    public static string Compose(GroupAudit audit, Mitigation mitigation, AuditMetric metric, string groupOfInterest)
    {
        static string P(double x) => NumberText.Percent(x);
        static string N(double x) => NumberText.Number(x);
        var name = metric.Name.ToUpperInvariant();
        var overall = audit.Overall(metric);
        var parts = new List<string>
        {
            $"Out of fold, the failure detector's overall {name} is {P(overall.Value)} (95 % interval {P(overall.Interval.Lower)}–{P(overall.Interval.Upper)}).",
        };
        if (audit.Check() is { IsTestable: false } check)
        {
            parts.Add($"Missed failures by group are {check.Sentence}.");
            return string.Join(" ", parts);
        }
        if (audit.Groups.Contains(groupOfInterest))
        {
            var g = audit[groupOfInterest, metric];
            parts.Add(g.HasSupport
                ? $"For {groupOfInterest} it is {P(g.Value)} ({P(g.Interval.Lower)}–{P(g.Interval.Upper)}), {N(g.Ratio)} × overall (interval {N(g.RatioInterval.Lower)}–{N(g.RatioInterval.Upper)}): {DisparityFlag.Describe(g.Status)}."
                : $"{groupOfInterest} has too few sessions to audit ({g.Support}).");
        }
        var flagged = audit.Flagged(metric);
        var band = $"[{N(audit.Options.Tau)}, {N(1 / audit.Options.Tau)}]";
        parts.Add(flagged.Count == 0
            ? $"No intent's {name} differs from the rest's by a ratio outside {band} with a Holm-corrected p below 0.05."
            : $"Flagged on {name} (ratio to the other intents outside {band}, Holm-corrected p below 0.05): "
              + string.Join("; ", flagged.Select(f => $"{f.Group} {P(f.Value)} ({N(f.RatioToRest)} × the rest, {N(f.Ratio)} × overall, {(f.Status == DisparityStatus.Higher ? "above" : "below")})")) + ".");
        var removed = audit.Metrics.Sum(m => audit.ByGroup(m).Count(r => r.FlagRemovedByCorrection));
        var standing = audit.Metrics.Sum(m => audit.Flagged(m).Count);
        parts.Add($"The audit ran {audit.Tests} tests (every intent against the rest on each tested metric: recall and F1 are reported, not tested, as they repeat FNR's and precision's hypotheses); corrected for multiple comparisons (Holm, over the intents within each metric), " +
                  $"{standing} of {standing + removed} flag(s) stand.");
        var insufficient = audit.ByGroup(metric).Where(r => !r.HasSupport).Select(r => r.Group).ToList();
        if (insufficient.Count > 0) parts.Add($"Insufficient support: {string.Join(", ", insufficient)}.");
        parts.Add($"Per-intent thresholds chosen on training folds move the gap between the best and worst intent from {NumberText.Points(mitigation.FnrDisparityBefore)} to {NumberText.Points(mitigation.FnrDisparityAfter)}"
            + $" ({mitigation.After.Flagged(metric).Count} intent(s) still flagged), and overall F1 of failure detection from {N(mitigation.F1Before)} to {N(mitigation.F1After)}"
            + $" ({(mitigation.F1CostPoints >= 0 ? "a cost of " + mitigation.F1CostPoints.ToString("0.0", CultureInfo.InvariantCulture) + " points" : "a gain of " + (-mitigation.F1CostPoints).ToString("0.0", CultureInfo.InvariantCulture) + " points")}).");
        return string.Join(" ", parts);
    }
}
