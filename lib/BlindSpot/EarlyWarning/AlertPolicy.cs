using BlindSpot.Core;

namespace BlindSpot.EarlyWarning;

/// <summary>When a session's first alert fires: at user turn K (the prefix's last turn), with that many turns left.</summary>
public sealed record Alert(int Session, int K, int AlertTurn, int TurnsLeft);

/// <summary>How an alert policy did over all sessions (abandoners who left before any alert count as missed).</summary>
public sealed record AlertSummary(
    int MaxK, double AlertShare, int Sessions, int Abandoners, int AlertedAbandoners, int AlertedOthers,
    double MeanHorizon, double MedianHorizon)
{
    /// <summary>Share of all abandoners alerted before they left.</summary>
    public double ShareAbandonersAlerted => Abandoners == 0 ? double.NaN : AlertedAbandoners / (double)Abandoners;

    /// <summary>Share of alerts that were about a session that went on to be abandoned.</summary>
    public double AlertPrecision => AlertedAbandoners + AlertedOthers == 0 ? double.NaN : AlertedAbandoners / (double)(AlertedAbandoners + AlertedOthers);
}

/// <summary>
/// Forecaster-style alerting (ConvoKit's Forecaster): after each user turn k = 1 .. maxK a session still going is scored
/// by the model for k; the first score at or over the bar fires the alert. The horizon is the number of log turns between
/// the alert (the prefix's last turn) and the session's terminal turn, over alerted sessions that were abandoned.
/// </summary>
public static class AlertPolicy
{
    /// <summary>One fixed bar for every k and session (a hand-made example; the analysis uses <see cref="TopShareOutOfFold"/>).</summary>
    public static IReadOnlyList<Alert> FirstAlerts(PrefixDataset data, IReadOnlyList<PrefixScores> byK, int maxK, double threshold) =>
        FirstAlerts(data, byK, maxK, scores => scores.Scores.Select(_ => threshold).ToArray());

    /// <summary>
    /// The stated criterion the analysis alerts by, chosen out of fold: at each k, a session's bar is the score that the
    /// top <paramref name="share"/> of the sessions still going in the other folds reach, so the sessions a bar is applied
    /// to never set it, and no probability cut-off (0.5) is assumed calibrated. A share too small to alert one session of
    /// the other folds alerts none.
    /// </summary>
    public static IReadOnlyList<Alert> TopShareOutOfFold(PrefixDataset data, IReadOnlyList<PrefixScores> byK, int maxK, double share, Modeling.FoldPlan plan)
    {
        if (share is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(share), share, "The share of sessions to alert lies in (0, 1].");
        return FirstAlerts(data, byK, maxK, scores =>
        {
            var fold = scores.Sessions.Select(s => plan.FoldOf(0, s)).ToArray();
            var bars = Enumerable.Range(0, plan.Folds).Select(f =>
            {
                var others = scores.Scores.Where((_, i) => fold[i] != f).OrderDescending().ToArray();
                var top = (int)Math.Floor(share * others.Length);
                return top == 0 ? double.PositiveInfinity : others[top - 1];
            }).ToArray();
            return fold.Select(f => bars[f]).ToArray();
        });
    }

    /// <param name="bars">The score each scored session must reach, in the order of its scores.</param>
    private static IReadOnlyList<Alert> FirstAlerts(PrefixDataset data, IReadOnlyList<PrefixScores> byK, int maxK, Func<PrefixScores, double[]> bars)
    {
        var first = new Dictionary<int, Alert>();
        foreach (var scores in byK.Where(s => s.K <= maxK).OrderBy(s => s.K))
        {
            var ends = data.AtK[scores.K].ToDictionary(a => a.Session, a => a.Row.PrefixEndTurn);
            var bar = bars(scores);
            for (var i = 0; i < scores.Sessions.Length; i++)
            {
                var s = scores.Sessions[i];
                if (scores.Scores[i] < bar[i] || first.ContainsKey(s)) continue;
                first[s] = new Alert(s, scores.K, ends[s], data.TerminalTurns[s] - ends[s]);
            }
        }
        return first.Values.OrderBy(a => a.Session).ToList();
    }

    public static AlertSummary Summarize(PrefixDataset data, IReadOnlyList<Alert> alerts, int maxK, double alertShare)
    {
        bool Abandoned(int s) => data.Labels[s] == (int)Outcome.Abandoned;
        var horizons = alerts.Where(a => Abandoned(a.Session)).Select(a => (double)a.TurnsLeft).Order().ToList();
        return new AlertSummary(maxK, alertShare, data.Count, data.Labels.Count(l => l == (int)Outcome.Abandoned),
            horizons.Count, alerts.Count - horizons.Count,
            horizons.Count == 0 ? double.NaN : horizons.Average(), Median(horizons));
    }

    public static double Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? double.NaN
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
