using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.EarlyWarning;

/// <summary>The analysis as tables (3 decimals; per 1,000 sessions to 1 decimal).</summary>
public static class EarlyWarningTables
{
    private static double R3(double x) => Math.Round(x, 3);
    private static double R1(double x) => Math.Round(x, 1);

    /// <summary>k, target, features, sessions still going, positives among them, ROC AUC, F1 at the threshold, precision at the recall.</summary>
    public static DataFrame Auc(EarlyWarningAnalysis a)
    {
        var rows = a.Models.OrderBy(m => m.Target).ThenBy(m => m.K).ToList();
        var at = rows.Select(m => BinaryMetrics.AtThreshold(m.Scores, m.Truth, a.Options.Threshold)).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("k", rows.Select(m => m.K)),
            new StringDataFrameColumn("target", rows.Select(m => m.Target.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("features", rows.Select(m => m.FeatureSet)),
            new Int32DataFrameColumn("sessions", rows.Select(m => m.Sessions.Length)),
            new Int32DataFrameColumn("positives", rows.Select(m => m.Truth.Count(t => t))),
            new DoubleDataFrameColumn("auc", rows.Select(m => R3(m.Auc))),
            new DoubleDataFrameColumn($"f1_at_{a.Options.Threshold:0.##}", at.Select(x => R3(x.F1))),
            new DoubleDataFrameColumn($"precision_at_recall_{a.Options.Recall:0.##}", rows.Select(m => R3(BinaryMetrics.PrecisionAtRecall(m.Scores, m.Truth, a.Options.Recall)))));
    }

    /// <summary>Abandonment AUC at each k from k = 3 (velocity needs three sentiments): raw features and models, and what velocity adds to the average.</summary>
    public static DataFrame VelocityVsAverage(EarlyWarningAnalysis a)
    {
        var ks = Enumerable.Range(3, Math.Max(0, a.Options.MaxK - 2)).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("k", ks),
            new DoubleDataFrameColumn("raw_velocity_auc", ks.Select(k => R3(a.SingleFeature(k, "sentiment_velocity")?.Auc ?? double.NaN))),
            new DoubleDataFrameColumn("raw_average_auc", ks.Select(k => R3(a.SingleFeature(k, "mean_sentiment")?.Auc ?? double.NaN))),
            new DoubleDataFrameColumn("velocity_model_auc", ks.Select(k => R3(a.Model(k, FeatureSet.Velocity).Auc))),
            new DoubleDataFrameColumn("average_model_auc", ks.Select(k => R3(a.Model(k, FeatureSet.Average).Auc))),
            new DoubleDataFrameColumn("velocity_gain_over_average", ks.Select(k => R3(a.AucGain(k, FeatureSet.AverageAndVelocity, FeatureSet.Average)))));
    }

    /// <summary>Watching through user turn K at the threshold: who is alerted, how early.</summary>
    public static DataFrame Alerts(EarlyWarningAnalysis a)
    {
        var s = Enumerable.Range(1, a.Options.MaxK).Select(k => a.AlertSummary(k, a.Options.Threshold)).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("watch_through_k", s.Select(x => x.MaxK)),
            new Int32DataFrameColumn("alerted_abandoners", s.Select(x => x.AlertedAbandoners)),
            new Int32DataFrameColumn("alerted_others", s.Select(x => x.AlertedOthers)),
            new DoubleDataFrameColumn("share_abandoners_alerted", s.Select(x => R3(x.ShareAbandonersAlerted))),
            new DoubleDataFrameColumn("alert_precision", s.Select(x => R3(x.AlertPrecision))),
            new DoubleDataFrameColumn("mean_horizon_turns", s.Select(x => R3(x.MeanHorizon))),
            new DoubleDataFrameColumn("median_horizon_turns", s.Select(x => R3(x.MedianHorizon))));
    }

    /// <summary>Every K and threshold: recovered abandonments and false alarms per 1,000 sessions, and the net value.</summary>
    public static DataFrame Intervention(EarlyWarningAnalysis a)
    {
        var o = Enumerable.Range(1, a.Options.MaxK).SelectMany(k => a.Options.Thresholds.Select(t => a.Intervention(k, t))).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("watch_through_k", o.Select(x => x.MaxK)),
            new DoubleDataFrameColumn("threshold", o.Select(x => x.Threshold)),
            new DoubleDataFrameColumn("recovered_per_1000", o.Select(x => R1(x.RecoveredPer1000))),
            new DoubleDataFrameColumn("false_alarms_per_1000", o.Select(x => R1(x.FalseAlarmsPer1000))),
            new DoubleDataFrameColumn("net_per_1000", o.Select(x => R1(x.Net(a.Options.FalseAlarmCost)))));
    }
}
