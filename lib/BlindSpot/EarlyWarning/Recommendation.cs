using BlindSpot.Core;
using System.Globalization;

namespace BlindSpot.EarlyWarning;

/// <summary>The findings of an <see cref="EarlyWarningAnalysis"/> as sentences, composed from its numbers.</summary>
public static class Recommendation
{
    public static string Compose(EarlyWarningAnalysis a)
    {
        static string F(double x, string format = "0.000") => double.IsFinite(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "undefined";
        if (!a.HasAbandoners)
            return "Not applicable: under this outcome definition no session ends abandoned, so there is no silent abandoner to " +
                   "forecast or reach; the early-warning claim can only be judged under a definition with an abandoned class.";
        var o = a.Options;
        var k3 = Math.Min(3, o.MaxK);
        var best = a.BestK();
        var alerts = a.AlertSummary(best, o.AlertShare);
        var outcome = a.Intervention(best, o.AlertShare);
        var evidence = a.Evidence(best, o.AlertShare).Check();
        var velocity = a.Model(k3, FeatureSet.Velocity).DefinedAuc;
        var average = a.Model(k3, FeatureSet.Average).DefinedAuc;
        var gain = a.AucGain(k3, FeatureSet.AverageAndVelocity, FeatureSet.Average);
        var claim = !double.IsFinite(velocity) || !double.IsFinite(average)
            ? $"cannot test the case study's claim: too few sessions reach a third user turn here to score velocity (it needs three sentiments, and an AUC at least {EffectChecks.MinPerClassForAuc} abandoners and {EffectChecks.MinPerClassForAuc} others)"
            : velocity > average
            ? $"supports the case study's claim: velocity forecasts abandonment better than the average ({F(velocity)} vs {F(average)} AUC)"
            : $"does not support the case study's claim: velocity forecasts abandonment no better than the average ({F(velocity)} vs {F(average)} AUC)";
        var allByK = Enumerable.Range(1, o.MaxK).Select(k => a.Model(k, FeatureSet.All).DefinedAuc).ToList();
        var scored = allByK.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
        var peak = double.IsFinite(scored) ? allByK.IndexOf(scored) + 1 : 1;
        var added = double.IsFinite(gain) ? $"; added to the average, velocity changes the AUC by {(gain >= 0 ? "+" : "−")}{F(Math.Abs(gain))}" : "";
        return $"After {k3} user turns, with the same base features, the {a.Learner} forecaster {claim}{added}. With every prefix feature, abandonment AUC is {F(allByK[0])} at k = 1 " +
               $"and peaks at k = {peak} ({F(allByK[peak - 1])}); later k are scored on ever fewer sessions, as abandoners keep leaving meanwhile. Watching through user turn {best} " +
               $"(the shortest watch within {NumberText.Percent(o.ShareOfBestNet, 0)} of the best net value alerting the top {NumberText.Percent(o.AlertShare, 0)} of scores, " +
               $"a false alarm costing {o.FalseAlarmCost.ToString("0.##", CultureInfo.InvariantCulture)} of a recovered session) alerts {NumberText.Percent(alerts.ShareAbandonersAlerted)} " +
               $"of abandoners before they leave, a median {NumberText.Turns(alerts.MedianHorizon)} ahead (mean {F(alerts.MeanHorizon, "0.0")}); " +
               $"reaching out with a {NumberText.Percent(o.SuccessRate, 0)} success rate would recover {F(outcome.RecoveredPer1000, "0.0")} abandonments per 1,000 sessions " +
               $"(of {F(outcome.AbandonedPer1000, "0.0")}) at the price of {F(outcome.FalseAlarmsPer1000, "0.0")} false alarms. " +
               (evidence.IsTestable ? $"Recommendation: reach out at the first alert during the first {best} user turn{(best == 1 ? "" : "s")}."
                   : $"No recommendation to reach out: the alert policy is {evidence.Sentence}.");
    }
}
