using BlindSpot.Charts;
using BlindSpot.Modeling;

namespace BlindSpot.Summary;

/// <summary>
/// The seed sweep as pictures: each figure's mean over the seeds with its 2.5–97.5th percentile range, the 0–1 scores
/// and shares on one chart and the nested − flat gain (F1 points, against the published +20) on another. Figures
/// undefined in every seed are left out; the full table stays beside the charts.
/// </summary>
public static class SweepChart
{
    /// <summary>Figure-name prefixes plotted on the 0–1 chart, in reading order (outcomes, models, audit, early warning, handoff).</summary>
    public static readonly IReadOnlyList<string> ScorePrefixes =
    [
        "escalated_share", "abandoned_share", "level2_oracle_f1/", "level2_routed_f1/", "fnr_gap_before", "fnr_gap_after",
        "abandonment_auc_k3/average", "abandonment_auc_k3/velocity", "share_abandoners_alerted", "re_explained_none_minus_full",
    ];

    public static Figure Scores(SweepSummary sweep) =>
        Chart($"Over {sweep.Seeds} simulated data sets: mean and 95 % range of the scores and shares", "figure", "share or score",
              ScorePrefixes.SelectMany(p => Matching(sweep, p)).ToList(), f => f, []);

    public static Figure NestedGain(SweepSummary sweep) =>
        Chart($"Over {sweep.Seeds} seeds: nested − flat macro F1 (points), mean and 95 % range", "learner", "F1 points",
              Matching(sweep, "nested_minus_flat_points/").ToList(), f => f[(f.IndexOf('/') + 1)..],
              [new ReferenceLine("published (+20)", CaseStudyComparison.NestedGainPoints)]);

    private static IEnumerable<FigureSpread> Matching(SweepSummary sweep, string prefix) =>
        sweep.Figures.Where(f => f.Undefined < f.Seeds && (prefix.EndsWith('/') ? f.Figure.StartsWith(prefix, StringComparison.Ordinal) : f.Figure == prefix));

    private static Figure Chart(string title, string xTitle, string yTitle, IReadOnlyList<FigureSpread> spreads, Func<string, string> label,
                                IReadOnlyList<ReferenceLine> lines)
    {
        if (spreads.Count == 0) return Figures.NotApplicable(title, "the sweep has none of these figures");
        double R(double v) => Math.Round(v, 4);
        return Figures.IntervalBars(title, xTitle, yTitle, [.. spreads.Select(s => label(s.Figure))],
            [new IntervalSeries("mean over seeds", [.. spreads.Select(s => R(s.Mean))], [.. spreads.Select(s => R(s.Lower))], [.. spreads.Select(s => R(s.Upper))])],
            lines);
    }
}
