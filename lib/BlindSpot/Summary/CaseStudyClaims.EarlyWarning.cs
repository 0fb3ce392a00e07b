using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Simulation;

namespace BlindSpot.Summary;

/// <summary>The published claims about early warning (notebook 05).</summary>
public static partial class CaseStudyClaims
{
    public static IEnumerable<Claim> EarlyWarning(EarlyWarningFindings r, SimulationFindings? simulation = null, SeedIntervals? seeds = null)
    {
        seeds ??= new SeedIntervals(null);
        var velocity = r.Auc(3, FeatureSet.Velocity);
        var average = r.Auc(3, FeatureSet.Average);
        var check = r.RecoverySessions is { } n
            ? $"; in a {n:N0}-session check, adding velocity to the average model raises AUC by {Signed.Format(r.VelocityGainDropOn ?? double.NaN, 3)} with the planted drop, {Signed.Format(r.VelocityGainDropOff ?? double.NaN, 3)} without"
            : "";
        var planted = simulation is null or { EarlySentimentDrop: true } ? "" : "; the drop was not planted in this data set";
        var figures = ClaimFigures.Of(r);
        yield return new Claim(CaseStudy, "(planned) a sharp early sentiment drop (turn 1 → 3) predicts abandonment better than average sentiment", ClaimKind.Planted, "qualitative",
            $"abandonment AUC after 3 user turns {Auc(r, FeatureSet.Velocity)} (velocity) vs {Auc(r, FeatureSet.Average)} (average){Population(r)}{check}", "05",
            velocity is null || average is null ? $"{Verdicts.NotApplicable} under this outcome definition: no abandonment to forecast"
            : seeds.Verdict(ClaimKind.Planted, SeedRules.VelocityBeatsAverage, figures, velocity > average
                ? $"velocity − average AUC at turn 3 is {Signed.Format(velocity.Value - average.Value, 3)}{PairedInterval(r)}" + DropNote(r) + planted
                : $"velocity − average AUC at turn 3 is {Signed.Format(velocity.Value - average.Value, 3)}{PairedInterval(r)}" + planted))
        {
            Plant = PlantedEffects.EarlyDrop,
            SeedInterval = seeds.Of(SweepFigures.VelocityMinusAverageAucK3, "+0.000;-0.000", "velocity − average "),
        };
        const string reach = "(planned) reach silent abandoners at turn 2–3, before they disengage";
        if (!double.IsFinite(r.ShareAbandonersAlerted))
        {
            yield return new(CaseStudy, reach, ClaimKind.Emergent, "qualitative", "n/a", "05", $"{Verdicts.NotApplicable} under this outcome definition: no abandoners");
            yield break;
        }
        var share = r.ShareAbandonersAlerted;
        var facts = $"{NumberText.Percent(share)} of abandoners are alerted before they leave; the others leave before user turn {r.BestK} or never reach the top of the scores the alert share allows";
        var onSeed42 = share >= Verdicts.MostShare ? Verdicts.Replicates : share > 0 ? Verdicts.ReplicatesPartly : Verdicts.DoesNotReplicate;
        yield return new Claim(CaseStudy, reach, ClaimKind.Emergent, "qualitative",
            $"watching the first {r.BestK} user turns alerts {NumberText.Percent(share)} of abandoners, a median {NumberText.Turns(r.MedianHorizonTurns)} before they leave", "05",
            seeds.Sweep is null ? $"{onSeed42}: {facts}" : seeds.Verdict(ClaimKind.Emergent, SeedRules.MostAbandonersAlerted, figures, facts))
        {
            SeedInterval = seeds.Of(SweepFigures.ShareAbandonersAlerted, "0.0 %"),
        };
    }

    private static string PairedInterval(EarlyWarningFindings r) => r.VelocityMinusAverageK3 is { Interval.IsDefined: true } d ? $" {d.Interval} (paired bootstrap)" : "";

    /// <summary>Who the turn-3 comparison covers: only the sessions still going then, so most abandoners are not in it.</summary>
    private static string Population(EarlyWarningFindings r) => r is { SessionsAtK3: { } sessions, AbandonersAtK3: { } still, Abandoners: { } all }
        ? $", on the {sessions:N0} sessions still going then ({still:N0} of the {all:N0} abandoners)" : "";
}
