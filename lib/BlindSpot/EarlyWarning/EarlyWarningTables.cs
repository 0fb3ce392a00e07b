using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.EarlyWarning;

/// <summary>The analysis as tables a reader can read: named columns, shares in percent, AUCs to 3 decimals, none over 20 rows.</summary>
public static class EarlyWarningTables
{
    private static double R1(double x) => Math.Round(x, 1);

    /// <summary>An AUC as read: three decimals, "—" where there is none, and a mark where it is at or below chance.</summary>
    public static string AucCell(double auc) =>
        !double.IsFinite(auc) ? "—" : auc <= 0.5 ? $"{NumberText.Number(auc, 3)} (at or below chance)" : NumberText.Number(auc, 3);

    /// <summary>A forecast's AUC cell: "undefined (n positives, m negatives)" with too few of a class to define it, never "below chance".</summary>
    public static string AucCell(PrefixScores? scores) =>
        scores is null ? "—" : double.IsFinite(scores.DefinedAuc) ? AucCell(scores.Auc) : AucReading.Text(scores.Auc, scores.Positives, scores.Negatives);

    /// <summary>
    /// One row per target and k (user turns seen): the sessions still going, how many of them reach the target, and the
    /// out-of-fold AUC of each feature set. Velocity does not exist before the 3rd user turn, so its cells are "—" there;
    /// an AUC at or below 0.5 is marked: it forecasts nothing (below chance is no usable signal, not a reversed one).
    /// </summary>
    public static DataFrame Auc(EarlyWarningAnalysis a)
    {
        var keys = a.Models.Select(m => (m.Target, m.K)).Distinct().OrderBy(x => x.Target).ThenBy(x => x.K).ToList();
        PrefixScores? Model((Target Target, int K) key, string set) => a.Models.FirstOrDefault(m => m.K == key.K && m.Target == key.Target && m.FeatureSet == set);
        PrefixScores Any((Target Target, int K) key) => a.Models.First(m => m.K == key.K && m.Target == key.Target);
        string Cell((Target Target, int K) key, string set) =>
            set.Contains("velocity", StringComparison.Ordinal) && key.K < 3 ? "—" : AucCell(Model(key, set));
        var sets = a.Models.Select(m => m.FeatureSet).Distinct().ToList();
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("forecast", keys.Select(k => k.Target == Target.Abandon ? "abandoned" : "escalated or abandoned")),
            new Int32DataFrameColumn("user turns seen (k)", keys.Select(k => k.K)),
            new Int32DataFrameColumn("sessions still going", keys.Select(k => Any(k).Sessions.Length)),
            new Int32DataFrameColumn("of them, the forecast outcome", keys.Select(k => Any(k).Truth.Count(t => t))),
        };
        foreach (var set in sets) columns.Add(new StringDataFrameColumn($"AUC, {set}", keys.Select(k => Cell(k, set))));
        return new DataFrame(columns);
    }

    /// <summary>Abandonment AUC at each k from k = 3 (velocity needs three sentiments): raw features and models, and what velocity adds to the average.</summary>
    public static DataFrame VelocityVsAverage(EarlyWarningAnalysis a)
    {
        var ks = Enumerable.Range(3, Math.Max(0, a.Options.MaxK - 2)).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("user turns seen (k)", ks),
            new StringDataFrameColumn("velocity alone", ks.Select(k => AucCell(a.SingleFeature(k, "sentiment_velocity")))),
            new StringDataFrameColumn("average alone", ks.Select(k => AucCell(a.SingleFeature(k, "mean_sentiment")))),
            new StringDataFrameColumn("base + velocity", ks.Select(k => AucCell(a.Model(k, FeatureSet.Velocity)))),
            new StringDataFrameColumn("base + average", ks.Select(k => AucCell(a.Model(k, FeatureSet.Average)))),
            new StringDataFrameColumn("velocity added to average", ks.Select(k => Signed.Format(a.AucGain(k, FeatureSet.AverageAndVelocity, FeatureSet.Average), 3))));
    }

    /// <summary>Watching through user turn K at the alert share: who is alerted, how early (in log turns).</summary>
    public static DataFrame Alerts(EarlyWarningAnalysis a)
    {
        var s = Enumerable.Range(1, a.Options.MaxK).Select(k => a.AlertSummary(k, a.Options.AlertShare)).ToList();
        static string Percent(double x) => double.IsFinite(x) ? NumberText.Percent(x) : "—";
        return new DataFrame(
            new Int32DataFrameColumn("watching through user turn", s.Select(x => x.MaxK)),
            new Int32DataFrameColumn("abandoners alerted", s.Select(x => x.AlertedAbandoners)),
            new Int32DataFrameColumn("others alerted", s.Select(x => x.AlertedOthers)),
            new StringDataFrameColumn("share of abandoners alerted", s.Select(x => Percent(x.ShareAbandonersAlerted))),
            new StringDataFrameColumn("alerts reaching an abandoner", s.Select(x => Percent(x.AlertPrecision))),
            new DoubleDataFrameColumn("mean lead (log turns)", s.Select(x => R1(x.MeanHorizon))),
            new DoubleDataFrameColumn("median lead (log turns)", s.Select(x => R1(x.MedianHorizon))));
    }

    /// <summary>
    /// Every K (one row) and alert share (one column): abandonments recovered and false alarms per 1,000 sessions, as
    /// "recovered / false alarms"; the chart beside it draws the same trade-off.
    /// </summary>
    public static DataFrame Intervention(EarlyWarningAnalysis a)
    {
        var ks = Enumerable.Range(1, a.Options.MaxK).ToList();
        var columns = new List<DataFrameColumn> { new Int32DataFrameColumn("watching through user turn", ks) };
        foreach (var t in a.Options.AlertShares)
            columns.Add(new StringDataFrameColumn($"top {NumberText.Percent(t, 0)} alerted: recovered / false alarms per 1,000",
                ks.Select(k => a.Intervention(k, t)).Select(o => $"{NumberText.Number(o.RecoveredPer1000, 1)} / {NumberText.Number(o.FalseAlarmsPer1000, 1)}")));
        return new DataFrame(columns);
    }
}
