using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.Simulation;

namespace BlindSpot.Summary;

/// <summary>The published claims about the bias audit and its mitigation (notebook 04).</summary>
public static partial class CaseStudyClaims
{
    public static IEnumerable<Claim> Audit(AuditFindings r, SimulationFindings? simulation = null, SeedIntervals? seeds = null)
    {
        seeds ??= new SeedIntervals(null);
        var worst = r.HighestRatioGroup;
        string Ratio(string? group) => group is not null && r.Groups.TryGetValue(group, out var g) && g.Ratio is { } x ? $"{x:0.00}×" : "n/a";
        var figures = ClaimFigures.Of(r);
        bool Higher(string group) => r.Groups.TryGetValue(group, out var g) && g.FlaggedHigher == true;
        var hiddenFlagged = SeedRules.AuditFlagsHiddenIntent.Holds(figures) == true;
        yield return new Claim(CaseStudy, "(planned) billing and technical-support users must not face higher misclassification", ClaimKind.Planted, "qualitative",
            $"missed-failure rate (FNR) vs overall {NumberText.Percent(r.OverallFnr)}: billing {Ratio("billing")}, technical_support {Ratio("technical_support")}; highest {worst} {Ratio(worst)}", "04",
            seeds.Verdict(ClaimKind.Planted, SeedRules.AuditFlagsHiddenIntent, figures, (hiddenFlagged
                ? $"the audit flags {SeedRules.HiddenIntent}'s missed failures above the other intents'{HiddenNote(SeedRules.HiddenIntent, simulation)}"
                : $"the audit does not flag {SeedRules.HiddenIntent}, the intent whose failures the simulator hides")
                + $"; billing and technical support are {(Higher("billing") || Higher("technical_support") ? "" : "not ")}flagged (the simulator makes them fail most, so their failures are the easiest to see)"))
        {
            Plant = PlantedEffects.Hidden,
            SeedInterval = SeedIntervals.All(seeds.Of(SweepFigures.Of(SweepFigures.FnrRatio, "billing"), "0.00", "billing ", suffix: "×"),
                seeds.Of(SweepFigures.Of(SweepFigures.FnrRatio, "technical_support"), "0.00", "technical_support ", suffix: "×"),
                seeds.Share(SweepFigures.Of(SweepFigures.FlaggedHigher, SeedRules.HiddenIntent), $"{SeedRules.HiddenIntent} flagged above the rest in ")),
        };
        var cost = $"overall F1 {r.F1Before:0.000} → {r.F1After:0.000} ({Signed.Format(-r.F1CostPoints)} points)";
        yield return new Claim(CaseStudy, "(planned) per-intent thresholds can equalise missed failures", ClaimKind.Emergent, "qualitative",
            $"gap between intents {NumberText.Points(r.FnrDisparityBefore)} → {NumberText.Points(r.FnrDisparityAfter)}; {cost}", "04",
            seeds.Verdict(ClaimKind.Emergent, SeedRules.ThresholdsNarrowTheGap, figures,
                r.FnrDisparityAfter >= r.FnrDisparityBefore ? $"the gap does not narrow on our data; {cost}"
                : r.F1CostPoints > SeedRules.MaxMitigationF1CostPoints
                    ? $"the gap narrows, but the lowered thresholds' false alarms cost {r.F1CostPoints:0.0} F1 points, more than {SeedRules.MaxMitigationF1CostPoints:0}"
                    : $"the gap narrows at {r.F1CostPoints:0.0} F1 points, within {SeedRules.MaxMitigationF1CostPoints:0}"))
        {
            SeedInterval = SeedIntervals.All(seeds.Of(SweepFigures.FnrDisparityBefore, "0.0", "gap before ", scale: 100, unit: " points"), seeds.Of(SweepFigures.FnrDisparityAfter, "0.0", "after ", scale: 100, unit: " points"),
                seeds.Of(SweepFigures.MitigationF1CostPoints, "0.0", "F1 cost ", unit: " points")),
        };
    }
}
