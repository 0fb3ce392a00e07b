using BlindSpot.Core;

namespace BlindSpot.EarlyWarning;

/// <summary>When a session's first alert fires: at user turn K (the prefix's last turn), with that many turns left.</summary>
public sealed record Alert(int Session, int K, int AlertTurn, int TurnsLeft);

/// <summary>How an alert policy did over all sessions (abandoners who left before any alert count as missed).</summary>
public sealed record AlertSummary(
    int MaxK, double Threshold, int Sessions, int Abandoners, int AlertedAbandoners, int AlertedOthers,
    double MeanHorizon, double MedianHorizon)
{
    /// <summary>Share of all abandoners alerted before they left.</summary>
    public double ShareAbandonersAlerted => Abandoners == 0 ? double.NaN : AlertedAbandoners / (double)Abandoners;

    /// <summary>Share of alerts that were about a session that went on to be abandoned.</summary>
    public double AlertPrecision => AlertedAbandoners + AlertedOthers == 0 ? double.NaN : AlertedAbandoners / (double)(AlertedAbandoners + AlertedOthers);
}

/// <summary>
/// Forecaster-style alerting (ConvoKit's Forecaster): after each user turn k = 1 .. maxK a session still going is scored
/// by the model for k; the first score ≥ threshold fires the alert. The horizon is the number of log turns between
/// the alert (the prefix's last turn) and the session's terminal turn, over alerted sessions that were abandoned.
/// </summary>
public static class AlertPolicy
{
    public static IReadOnlyList<Alert> FirstAlerts(PrefixDataset data, IReadOnlyList<PrefixScores> byK, int maxK, double threshold)
    {
        var first = new Dictionary<int, Alert>();
        foreach (var scores in byK.Where(s => s.K <= maxK).OrderBy(s => s.K))
        {
            var ends = data.AtK[scores.K].ToDictionary(a => a.Session, a => a.Row.PrefixEndTurn);
            for (var i = 0; i < scores.Sessions.Length; i++)
            {
                var s = scores.Sessions[i];
                if (scores.Scores[i] < threshold || first.ContainsKey(s)) continue;
                first[s] = new Alert(s, scores.K, ends[s], data.TerminalTurns[s] - ends[s]);
            }
        }
        return first.Values.OrderBy(a => a.Session).ToList();
    }

    public static AlertSummary Summarize(PrefixDataset data, IReadOnlyList<Alert> alerts, int maxK, double threshold)
    {
        bool Abandoned(int s) => data.Labels[s] == (int)Outcome.Abandoned;
        var horizons = alerts.Where(a => Abandoned(a.Session)).Select(a => (double)a.TurnsLeft).Order().ToList();
        return new AlertSummary(maxK, threshold, data.Count, data.Labels.Count(l => l == (int)Outcome.Abandoned),
            horizons.Count, alerts.Count - horizons.Count,
            horizons.Count == 0 ? double.NaN : horizons.Average(), Median(horizons));
    }

    public static double Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? double.NaN
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
