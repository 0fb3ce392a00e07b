using BlindSpot.Charts;
using BlindSpot.Modeling;

namespace BlindSpot.Summary;

/// <summary>
/// The seed sweep as pictures, one quantity per chart: each figure's mean over the seeds with its 2.5–97.5th percentile
/// range. Outcome shares (of sessions), level-2 F1, abandonment AUC at turn 3 (with chance at 0.5) and the nested − flat
/// gain (F1 points, against the published +20). Figures undefined in every seed are left out.
/// </summary>
public static class SweepChart
{
    /// <summary>A swept figure and the label a reader sees for it.</summary>
    private sealed record Plotted(string Figure, string Label);

    public static Figure Shares(SweepSummary sweep) =>
        Chart($"Over {sweep.Seeds} simulated data sets: outcome shares, mean and 95 % range", "outcome", "share of sessions", sweep,
              [new(SweepFigures.EscalatedShare, "escalated"), new(SweepFigures.AbandonedShare, "abandoned")], []);

    public static Figure LevelTwo(SweepSummary sweep) =>
        Chart($"Over {sweep.Seeds} simulated data sets: level-2 F1 (escalated vs abandoned), mean and 95 % range", "learner and routing", "macro F1", sweep,
              [.. Learner.Names.SelectMany(l => new Plotted[]
              {
                  new(SweepFigures.Of(SweepFigures.LevelTwoOracleF1, l), $"{l}, on observed failures"),
                  new(SweepFigures.Of(SweepFigures.LevelTwoRoutedF1, l), $"{l}, behind level 1"),
              })],
              [new ReferenceLine($"published ({CaseStudyComparison.LevelTwoF1:0.000})", CaseStudyComparison.LevelTwoF1)]);

    public static Figure Auc(SweepSummary sweep) =>
        Chart($"Over {sweep.Seeds} simulated data sets: abandonment AUC after 3 user turns, mean and 95 % range", "features", "AUC", sweep,
              [new(SweepFigures.Of(SweepFigures.AucK3, "average"), "average sentiment"), new(SweepFigures.Of(SweepFigures.AucK3, "velocity"), "sentiment velocity")],
              [new ReferenceLine("chance (0.5)", 0.5)]);

    public static Figure NestedGain(SweepSummary sweep) =>
        Chart($"Over {sweep.Seeds} seeds: nested − flat macro F1 (points), mean and 95 % range", "learner", "F1 points", sweep,
              [.. Learner.Names.Select(l => new Plotted(SweepFigures.Of(SweepFigures.NestedMinusFlat, l), l))],
              [new ReferenceLine("published (+20)", CaseStudyComparison.NestedGainPoints)]);

    private static Figure Chart(string title, string xTitle, string yTitle, SweepSummary sweep, IReadOnlyList<Plotted> figures, IReadOnlyList<ReferenceLine> lines)
    {
        var plotted = figures.Select(p => (p.Label, Spread: sweep[p.Figure])).Where(x => x.Spread is { } s && s.Undefined < s.Seeds).Select(x => (x.Label, Spread: x.Spread!)).ToList();
        if (plotted.Count == 0) return Figures.NotApplicable(title, "the sweep has none of these figures");
        double R(double v) => Math.Round(v, 4);
        return Figures.IntervalBars(title, xTitle, yTitle, [.. plotted.Select(p => p.Label)],
            [new IntervalSeries("mean over seeds", [.. plotted.Select(p => R(p.Spread.Mean))], [.. plotted.Select(p => R(p.Spread.Lower))], [.. plotted.Select(p => R(p.Spread.Upper))])],
            lines);
    }
}
