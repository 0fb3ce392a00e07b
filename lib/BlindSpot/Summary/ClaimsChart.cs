using BlindSpot.Charts;
using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.Summary;

/// <summary>
/// The claims table's numeric claims as pictures, the published figure beside ours, one quantity per chart: outcome
/// shares, level-2 F1, and the nested − flat gain in F1 points. Claims that are qualitative, or not applicable under
/// the outcome definition the notebooks ran with, are left out.
/// </summary>
public static class ClaimsChart
{
    public static Figure Shares(StudyFindings f)
    {
        var rows = new List<(string Claim, double Published, double Ours)>
        {
            ("escalated", PublishedFigures.Escalated, f.Outcomes.EscalatedShare),
        };
        if (f.Outcomes.AbandonedShare > 0) rows.Add(("abandoned", PublishedFigures.Abandoned, f.Outcomes.AbandonedShare));
        rows.Add(("escalated + abandoned", PublishedFigures.EscalatedOrAbandoned, f.Outcomes.EscalatedShare + f.Outcomes.AbandonedShare));
        return Bars($"Published vs {Ours(f)}: outcome shares", "outcome", "share of sessions", f, rows);
    }

    /// <summary>Level-2 F1 (boosted trees) on observed failures and behind level 1, beside the published 0.670; none without two failure classes.</summary>
    public static Figure LevelTwo(StudyFindings f)
    {
        const string title = "Published vs ours: level-2 F1, escalated vs abandoned (boosted trees)";
        var rows = new List<(string Claim, double Published, double Ours)>();
        if (f.Models.Learners.TryGetValue("boosted_trees", out var trees))
        {
            if (trees.LevelTwoOracleF1 is { } oracle) rows.Add(("on observed failures", CaseStudyComparison.LevelTwoF1, oracle));
            if (trees.LevelTwoRoutedF1 is { } routed) rows.Add(("behind level 1", CaseStudyComparison.LevelTwoF1, routed));
        }
        return rows.Count == 0 ? Figures.NotApplicable(title, "level 2 did not run (one failure class, or no boosted trees)")
            : Bars(title.Replace("ours", Ours(f)), "routing", "macro F1", f, rows);
    }

    private static Figure Bars(string title, string xTitle, string yTitle, StudyFindings f, List<(string Claim, double Published, double Ours)> rows) =>
        Figures.GroupedBars(title, xTitle, yTitle, [.. rows.Select(r => r.Claim)],
            [new BarSeries("case study", [.. rows.Select(r => r.Published)]), new BarSeries(Ours(f), [.. rows.Select(r => Math.Round(r.Ours, 3))])]);

    public static Figure NestedGain(StudyFindings f)
    {
        var learners = f.Models.Learners.ToList();
        return Figures.GroupedBars($"Published vs {Ours(f)}: nested − flat macro F1 (points; {Ours(f)} with its 95 % interval, corrected resampled t)", "learner", "F1 points",
            [.. learners.Select(l => l.Key)],
            [
                new BarSeries("case study", [.. learners.Select(_ => CaseStudyComparison.NestedGainPoints)]),
                new BarSeries(Ours(f), [.. learners.Select(l => Math.Round(l.Value.NestedMinusFlatPoints, 1))],
                              [.. learners.Select(l => Math.Round((l.Value.NestedMinusFlatUpperPoints - l.Value.NestedMinusFlatLowerPoints) / 2, 1))]),
            ]);
    }

    /// <summary>Whose figures stand beside the published ones: ours (the simulated data set) or a team's log.</summary>
    private static string Ours(StudyFindings f) => f.Simulation is null ? "this log" : "ours";
}
