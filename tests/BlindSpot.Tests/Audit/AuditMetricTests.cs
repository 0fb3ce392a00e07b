using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

public class AuditMetricTests
{
    private const int R = (int)Outcome.Resolved, E = (int)Outcome.Escalated, A = (int)Outcome.Abandoned;

    internal static IEnumerable<AuditRow> Make(string group, int truth, int predicted, int count, double score = 0.5) =>
        Enumerable.Range(0, count).Select(i => new AuditRow($"{group}-{truth}{predicted}-{i}", group, i % 5, truth, predicted, score));

    [Fact]
    public void Metrics_on_a_hand_made_confusion_are_exact()
    {
        // Group a: 6 escalated detected as escalated, 2 abandoned detected but called escalated (misrouted),
        // 2 escalated missed (predicted resolved), 3 resolved flagged as abandoned, 7 resolved kept resolved.
        var a = Make("a", E, E, 6).Concat(Make("a", A, E, 2)).Concat(Make("a", E, R, 2)).Concat(Make("a", R, A, 3)).Concat(Make("a", R, R, 7));
        // Group b: 4 abandoned detected, 1 missed, 5 resolved kept.
        var b = Make("b", A, A, 4).Concat(Make("b", A, R, 1)).Concat(Make("b", R, R, 5));
        var audit = new GroupAudit(a.Concat(b), new AuditOptions { Bootstrap = 50, MinSupport = 1 });

        Assert.Equal(2.0 / 10, audit["a", AuditMetric.FalseNegativeRate].Value, 12);
        Assert.Equal(3.0 / 10, audit["a", AuditMetric.FalsePositiveRate].Value, 12);
        Assert.Equal(8.0 / 11, audit["a", AuditMetric.Precision].Value, 12);
        Assert.Equal(8.0 / 10, audit["a", AuditMetric.Recall].Value, 12);
        Assert.Equal(16.0 / 21, audit["a", AuditMetric.F1].Value, 12);
        Assert.Equal(2.0 / 8, audit["a", AuditMetric.MisrouteRate].Value, 12);
        Assert.Equal(20, audit["a", AuditMetric.FalseNegativeRate].Rows);
        Assert.Equal(10, audit["a", AuditMetric.FalseNegativeRate].Support);
        Assert.Equal(11, audit["a", AuditMetric.Precision].Support);

        Assert.Equal(1.0 / 5, audit["b", AuditMetric.FalseNegativeRate].Value, 12);
        Assert.Equal(0.0, audit["b", AuditMetric.FalsePositiveRate].Value, 12);
        Assert.Equal(0.0, audit["b", AuditMetric.MisrouteRate].Value, 12);

        // Overall pools the counts (not a mean of group rates): FN 3 of 15 failures, FP 3 of 15 successes.
        Assert.Equal(3.0 / 15, audit.Overall(AuditMetric.FalseNegativeRate).Value, 12);
        Assert.Equal(3.0 / 15, audit.Overall(AuditMetric.FalsePositiveRate).Value, 12);
        Assert.Equal(24.0 / 30, audit.Overall(AuditMetric.F1).Value, 12);
        Assert.Equal(30, audit.Rows);

        // Difference and ratio to overall; between groups.
        Assert.Equal(0.2 - 0.2, audit["a", AuditMetric.FalseNegativeRate].Difference, 12);
        Assert.Equal(0.3 / 0.2, audit["a", AuditMetric.FalsePositiveRate].Ratio, 12);
        var fpr = audit.Between(AuditMetric.FalsePositiveRate);
        Assert.Equal(("b", "a"), (fpr.MinGroup, fpr.MaxGroup));
        Assert.Equal(0.3, fpr.Difference, 12);
        Assert.Equal(0.0, fpr.Ratio, 12);
    }

    [Fact]
    public void Prediction_at_another_threshold_uses_level_two_class()
    {
        var row = new AuditRow("s", "g", 0, A, R, 0.3, LevelTwoClass: A);
        Assert.Equal(A, row.WithThreshold(0.25).Predicted);
        Assert.Equal(R, row.WithThreshold(0.31).Predicted);
        Assert.Equal(R, (row with { Predicted = E }).WithThreshold(0.5).Predicted);
    }
}
