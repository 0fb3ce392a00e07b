using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.Summary;

/// <summary>The published claims about flat against nested (notebook 03).</summary>
public static partial class CaseStudyClaims
{
    public static IEnumerable<Claim> Models(ModelFindings r, SeedIntervals? seeds = null)
    {
        seeds ??= new SeedIntervals(null);
        var boosted = r.Learners.GetValueOrDefault(BoostedTreesLearner.Id);
        if (boosted is { LevelTwoOracleF1: { } oracle, LevelTwoRoutedF1: { } routed })
        {
            var linear = r.Learners.TryGetValue(LinearLearner.Id, out var l) && l.LevelTwoOracleF1 is { } lo ? $"; {LinearLearner.Id} {NumberText.Number(lo, 3)} on observed failures" : "";
            yield return new Claim(CaseStudy, "level-2 CV F1 (escalated vs abandoned)", ClaimKind.Calibrated, NumberText.Number(PublishedFigures.LevelTwoF1, 3),
                $"{NumberText.Number(oracle, 3)} on observed failures, {NumberText.Number(routed, 3)} behind level 1 (boosted trees){linear}", "03",
                $"{ClaimStandings.DependsOnTheReading}: {Claim.CompareValues(CaseStudyComparison.LevelTwoF1, oracle, 0.05, ClaimKind.Calibrated)} on observed failures; " +
                $"{Claim.CompareValues(CaseStudyComparison.LevelTwoF1, routed, 0.05, ClaimKind.Calibrated)} behind level 1; level-2 noise was calibrated to this band, not evidence")
            {
                SeedInterval = seeds.PerPart(SweepFigures.LevelTwoOracleF1, r.Learners.Keys, "0.000", suffix: " on observed failures"),
            };
        }
        else
        {
            yield return new(CaseStudy, "level-2 CV F1 (escalated vs abandoned)", ClaimKind.Calibrated, NumberText.Number(PublishedFigures.LevelTwoF1, 3), "n/a", "03",
                $"{Verdicts.NotApplicable} under this outcome definition: it has fewer than two failure classes, or boosted trees did not run");
        }
        // One rule for "not applicable": a definition without the classes a claim is about cannot test it. With one failure
        // class there is no second level to nest, so nested − flat compares a model with itself.
        if (r.Learners.Values.All(l => l.LevelTwoOracleF1 is null))
        {
            yield return new(CaseStudy, "nested beats flat by +20 F1 points", ClaimKind.Emergent, "+20", "n/a", "03",
                $"{Verdicts.NotApplicable} under this outcome definition: it has fewer than two failure classes, so there is no second level to nest");
            yield break;
        }
        var (bestLearner, best) = r.BestGain();
        var nestedRule = SeedRules.NestedBeatsFlat;
        yield return new Claim(CaseStudy, "nested beats flat by +20 F1 points", ClaimKind.Emergent, "+20",
            string.Join("; ", r.Learners.Select(g => $"{g.Value.NestedMinusFlatText} ({g.Key})")), "03",
            seeds.Verdict(ClaimKind.Emergent, nestedRule, ClaimFigures.Of(r), nestedRule.Holds(ClaimFigures.Of(r)) == true
                ? $"best {Signed.Format(best.NestedMinusFlatPoints)} points ({bestLearner}), within {CaseStudyComparison.ReplicationMarginPoints:0} of +20"
                : $"best {Signed.Format(best.NestedMinusFlatPoints)} points ({bestLearner}), more than {CaseStudyComparison.ReplicationMarginPoints:0} below +20 with every learner"))
        {
            SeedInterval = seeds.PerPart(SweepFigures.NestedMinusFlat, r.Learners.Keys, "+0.0;-0.0"),
        };
    }
}
