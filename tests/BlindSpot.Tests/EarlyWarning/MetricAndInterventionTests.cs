using BlindSpot.Core;
using BlindSpot.EarlyWarning;

namespace BlindSpot.Tests.EarlyWarning;

public class MetricAndInterventionTests
{
    [Fact]
    public void Roc_auc_counts_every_positive_negative_pair_and_ties_as_one_half()
    {
        // positives 0.9, 0.5, 0.3; negatives 0.5, 0.2, 0.1
        // pairs won: 0.9 beats all 3; 0.5 beats 0.2 and 0.1, ties 0.5 (½); 0.3 beats 0.2 and 0.1 → 3 + 2.5 + 2 = 7.5 of 9
        double[] scores = [0.9, 0.5, 0.3, 0.5, 0.2, 0.1];
        bool[] positive = [true, true, true, false, false, false];
        Assert.Equal(7.5 / 9, BinaryMetrics.RocAuc(scores, positive), 15);
        Assert.Equal(1.0, BinaryMetrics.RocAuc([3, 2, 1], [true, true, false]));
        Assert.Equal(0.0, BinaryMetrics.RocAuc([1, 2, 3], [true, true, false]));
        Assert.Equal(0.5, BinaryMetrics.RocAuc([0.4, 0.4, 0.4, 0.4], [true, false, true, false])); // all tied
        Assert.True(double.IsNaN(BinaryMetrics.RocAuc([0.1, 0.2], [true, true])));
    }

    [Fact]
    public void Threshold_metrics_and_precision_at_recall_on_a_hand_made_ranking()
    {
        double[] scores = [0.9, 0.8, 0.7, 0.6, 0.6, 0.2];
        bool[] positive = [true, false, true, true, false, true];
        // at 0.65: flagged 0.9, 0.8, 0.7 → tp 2, fp 1, fn 2 → precision 2/3, recall 1/2, F1 = 4 / (4 + 1 + 2)
        var (p, r, f1) = BinaryMetrics.AtThreshold(scores, positive, 0.65);
        Assert.Equal((2.0 / 3, 0.5, 4.0 / 7), (p, r, f1));
        // recall 0.8 of 4 positives needs 3.2 → all 4: only at 0.2 (all six flagged) → 4/6;
        // recall 0.75 needs 3: reached when the tied 0.6 pair is flagged together → 3 of 5
        Assert.Equal(4.0 / 6, BinaryMetrics.PrecisionAtRecall(scores, positive, 0.8));
        Assert.Equal(3.0 / 5, BinaryMetrics.PrecisionAtRecall(scores, positive, 0.75));
    }

    [Fact]
    public void Intervention_arithmetic_on_a_hand_made_case()
    {
        // 400 sessions, 100 abandoners of whom 60 alerted, 30 other sessions alerted; outreach keeps 25 %
        var alerts = new AlertSummary(3, 0.5, 400, 100, 60, 30, 4, 3);
        var o = Intervention.Evaluate(alerts, 0.25);
        Assert.Equal(0.6, alerts.ShareAbandonersAlerted);
        Assert.Equal(60.0 / 90, alerts.AlertPrecision);
        Assert.Equal(37.5, o.RecoveredPer1000);      // 1000 · 0.25 · 60 / 400
        Assert.Equal(75, o.FalseAlarmsPer1000);      // 1000 · 30 / 400
        Assert.Equal(250, o.AbandonedPer1000);
        Assert.Equal(212.5, o.AbandonedAfterPer1000);
        Assert.Equal(37.5 - 0.2 * 75, o.Net(0.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervention.Evaluate(alerts, 1.5));
    }

    [Fact]
    public void The_first_alert_is_the_earliest_k_over_the_threshold_and_the_horizon_counts_turns_left()
    {
        PrefixRow P(string id, int k, int end) => new(id, k, end, null, end, 1, 0, k, 0, 0, 0, 0, null, null, 0, 0);
        // A abandoned (ends at turn 9), B resolved (ends at 7), C abandoned (leaves at turn 3, before k = 2)
        var data = new PrefixDataset(["A", "B", "C"], [2, 0, 2], [9, 7, 3],
            [P("A", 1, 3), P("A", 2, 5), P("B", 1, 3), P("B", 2, 5), P("C", 1, 2)], maxK: 2);
        var byK = new List<PrefixScores>
        {
            new(1, "all", Target.Abandon, [0, 1, 2], [0.4, 0.1, 0.3], [true, false, true]),
            new(2, "all", Target.Abandon, [0, 1], [0.8, 0.6], [true, false]),
        };
        var alerts = AlertPolicy.FirstAlerts(data, byK, maxK: 2, threshold: 0.5);
        Assert.Equal([new Alert(0, 2, 5, 4), new Alert(1, 2, 5, 2)], alerts);
        var summary = AlertPolicy.Summarize(data, alerts, 2, 0.5);
        Assert.Equal(new AlertSummary(2, 0.5, 3, 2, 1, 1, 4, 4), summary); // C left before any alert: missed
        Assert.Empty(AlertPolicy.FirstAlerts(data, byK, maxK: 1, threshold: 0.5));
        Assert.Equal(3, AlertPolicy.FirstAlerts(data, byK, maxK: 1, threshold: 0.1).Count);
    }
}
