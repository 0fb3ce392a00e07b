using BlindSpot.Core;
using BlindSpot.Charts;

namespace BlindSpot.EarlyWarning;

/// <summary>The early-warning figures, in the project's one chart style.</summary>
public static class EarlyWarningCharts
{
    private static LineSeries Line(string name, IEnumerable<(double X, double Y)> points)
    {
        var p = points.Where(q => double.IsFinite(q.Y)).ToList();
        return new LineSeries(name, p.Select(q => q.X).ToList(), p.Select(q => q.Y).ToList());
    }

    private const string NoAbandoners = "the outcome definition has no abandoned sessions";

    /// <summary>
    /// Out-of-fold ROC AUC after k user turns, per target and feature set (a target with no AUC left out), with chance
    /// (AUC 0.5) drawn as a line of its own: a point at or below it forecasts nothing.
    /// </summary>
    public static Figure AucByK(EarlyWarningAnalysis a) => Figures.Lines(
        "How well the first k user turns forecast the ending (out-of-fold ROC AUC)", "user turns seen (k)", "ROC AUC",
        [.. a.Models.GroupBy(m => (m.Target, m.FeatureSet))
            .Select(g => Line($"{g.Key.Target.ToString().ToLowerInvariant()}: {g.Key.FeatureSet}", g.OrderBy(m => m.K).Select(m => ((double)m.K, m.DefinedAuc))))
            .Where(line => line.X.Count > 0),
         Line("chance (AUC 0.5)", Enumerable.Range(1, a.Options.MaxK).Select(k => ((double)k, 0.5)))]);

    /// <summary>Log turns left between the first alert and the end, for abandoners alerted, by how long the product watches.</summary>
    public static Figure Horizon(EarlyWarningAnalysis a)
    {
        if (!a.HasAbandoners) return Figures.NotApplicable("Lead: log turns left when the first alert fires", NoAbandoners);
        var s = Enumerable.Range(1, a.Options.MaxK).Select(k => a.AlertSummary(k, a.Options.AlertShare)).ToList();
        return Figures.Lines($"Lead: log turns left when the first alert fires (abandoners alerted; top {NumberText.Percent(a.Options.AlertShare, 0)} of scores alerted)",
            "watching through user turn K", "log turns before the session ends",
            [Line("mean lead", s.Select(x => ((double)x.MaxK, x.MeanHorizon))),
             Line("median lead", s.Select(x => ((double)x.MaxK, x.MedianHorizon)))]);
    }

    /// <summary>The share of abandoners alerted before they leave, on its own axis (a share, not a count of turns).</summary>
    public static Figure AbandonersAlerted(EarlyWarningAnalysis a)
    {
        if (!a.HasAbandoners) return Figures.NotApplicable("Abandoners alerted before they leave", NoAbandoners);
        var s = Enumerable.Range(1, a.Options.MaxK).Select(k => a.AlertSummary(k, a.Options.AlertShare)).ToList();
        return Figures.Lines($"Abandoners alerted before they leave, and alerts that reach one (top {NumberText.Percent(a.Options.AlertShare, 0)} of scores alerted)",
            "watching through user turn K", "share",
            [Line("abandoners alerted", s.Select(x => ((double)x.MaxK, x.ShareAbandonersAlerted))),
             Line("alerts reaching an abandoner", s.Select(x => ((double)x.MaxK, x.AlertPrecision)))]);
    }

    /// <summary>Recovered abandonments against false alarms per 1,000 sessions: one line per K, one point per alert share.</summary>
    public static Figure Tradeoff(EarlyWarningAnalysis a) => !a.HasAbandoners
        ? Figures.NotApplicable("Reaching out at the first alert", NoAbandoners)
        : Figures.Lines(
        $"Reaching out at the first alert (success rate {a.Options.SuccessRate:0.##}): alerting the top {string.Join(", ", a.Options.AlertShares.Select(t => NumberText.Percent(t, 0)))} of scores",
        "false alarms per 1,000 sessions", "abandonments recovered per 1,000 sessions",
        Enumerable.Range(1, a.Options.MaxK).Select(k => Line($"watch through k = {k}",
            a.Options.AlertShares.Select(t => a.Intervention(k, t)).Select(o => (o.FalseAlarmsPer1000, o.RecoveredPer1000)))).ToList());

    /// <summary>Abandonment AUC of velocity against average sentiment, raw and inside a model with the same base features.</summary>
    public static Figure VelocityVsAverage(EarlyWarningAnalysis a)
    {
        if (!a.HasAbandoners) return Figures.NotApplicable("Sentiment velocity or average sentiment: which forecasts abandonment?", NoAbandoners);
        double Nan(double? x) => x ?? double.NaN;
        // only the k some session reaches: on a log of short conversations there may be none past the second user turn
        var ks = Enumerable.Range(3, Math.Max(0, a.Options.MaxK - 2))
            .Where(k => new[] { Nan(a.SingleFeature(k, "sentiment_velocity")?.DefinedAuc), Nan(a.SingleFeature(k, "mean_sentiment")?.DefinedAuc),
                                a.Model(k, FeatureSet.Velocity).DefinedAuc, a.Model(k, FeatureSet.Average).DefinedAuc }.All(double.IsFinite)).ToList();
        if (ks.Count == 0)
            return Figures.NotApplicable("Sentiment velocity or average sentiment: which forecasts abandonment?",
                "Too few sessions reach a third user turn here to score velocity (it needs three sentiments): not compared.");
        return Figures.GroupedBars("Sentiment velocity or average sentiment: which forecasts abandonment?", "user turns seen (k)", "ROC AUC",
            ks.Select(k => $"k = {k}").ToList(),
            [new BarSeries("velocity alone", ks.Select(k => Nan(a.SingleFeature(k, "sentiment_velocity")?.DefinedAuc)).ToList()),
             new BarSeries("average alone", ks.Select(k => Nan(a.SingleFeature(k, "mean_sentiment")?.DefinedAuc)).ToList()),
             new BarSeries("base + velocity", ks.Select(k => a.Model(k, FeatureSet.Velocity).DefinedAuc).ToList()),
             new BarSeries("base + average", ks.Select(k => a.Model(k, FeatureSet.Average).DefinedAuc).ToList())]);
    }
}
