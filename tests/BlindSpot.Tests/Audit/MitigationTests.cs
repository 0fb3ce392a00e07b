using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

public class MitigationTests
{
    /// <summary>
    /// Failure scores ~ U(0.3, 1) in "easy" and U(0, 0.8) in "hard" (its failures look more like successes); successes
    /// ~ U(0, 0.6) in both. At 0.5, hard misses far more failures.
    /// </summary>
    private static List<AuditRow> Rows()
    {
        var random = SplitMixRandom.ForItem(3, 0);
        var rows = new List<AuditRow>();
        foreach (var group in new[] { "easy", "hard" })
            for (var i = 0; i < 1000; i++)
            {
                var failed = i % 2 == 0;
                var score = failed ? (group == "easy" ? 0.3 + 0.7 * random.NextDouble() : 0.8 * random.NextDouble()) : 0.6 * random.NextDouble();
                var predicted = score >= 0.5 ? (int)Outcome.Escalated : (int)Outcome.Resolved;
                rows.Add(new AuditRow($"{group}{i}", group, i % 5, failed ? (int)Outcome.Escalated : (int)Outcome.Resolved, predicted, score, (int)Outcome.Escalated));
            }
        return rows;
    }

    [Fact]
    public void Thresholds_chosen_on_training_folds_lower_the_worse_groups_fnr_out_of_fold_and_no_groups_fnr_rises()
    {
        var rows = Rows();
        var mitigation = Mitigation.Run(rows, new AuditOptions { Bootstrap = 200 });
        var fnr = AuditMetric.FalseNegativeRate;

        // Before: easy misses (0.5 − 0.3) / 0.7 ≈ 29 %, hard 0.5 / 0.8 ≈ 62 %.
        Assert.InRange(mitigation.Before["easy", fnr].Value, 0.22, 0.35);
        Assert.InRange(mitigation.Before["hard", fnr].Value, 0.55, 0.70);
        Assert.Equal(DisparityStatus.Higher, mitigation.Before["hard", fnr].Status);
        // Hard gets a lower threshold; easy, below the target, keeps the base one; one per fold and group.
        Assert.True(mitigation.MeanThreshold("hard") < 0.5, $"{mitigation.MeanThreshold("hard")}");
        Assert.Equal(0.5, mitigation.MeanThreshold("easy"));
        Assert.Equal(10, mitigation.Thresholds.Count);
        // After: hard near the target (overall FNR ≈ 45 %), easy unchanged: the gap narrows by lifting hard, not by lowering easy.
        Assert.InRange(mitigation.After["hard", fnr].Value, 0.38, 0.52);
        Assert.Equal(mitigation.Before["easy", fnr].Value, mitigation.After["easy", fnr].Value);
        foreach (var group in new[] { "easy", "hard" })
            Assert.True(mitigation.After[group, fnr].Value <= mitigation.Before[group, fnr].Value, group);
        Assert.True(mitigation.FnrDisparityBefore > 0.25, $"{mitigation.FnrDisparityBefore}");
        Assert.InRange(mitigation.FnrDisparityAfter, 0.05, 0.25);
        // Overall F1 of failure detection moves, and the cost is reported as before − after in points.
        Assert.Equal(100 * (mitigation.F1Before - mitigation.F1After), mitigation.F1CostPoints, 12);
        Assert.Equal(7, mitigation.ToDataFrame().Columns.Count - 1);
    }

    [Fact]
    public void A_threshold_never_uses_the_fold_it_is_applied_to()
    {
        var rows = Rows();
        var choices = FnrParityThresholds.Choose(rows);
        // Changing every score of fold 0 leaves fold 0's thresholds unchanged.
        var shifted = rows.Select(r => r.Fold == 0 ? r with { FailureScore = r.FailureScore * 0.1 } : r).ToList();
        var again = FnrParityThresholds.Choose(shifted);
        Assert.Equal(choices.Where(c => c.Fold == 0), again.Where(c => c.Fold == 0));
        Assert.NotEqual(choices.Where(c => c.Fold == 1), again.Where(c => c.Fold == 1));
    }

    [Fact]
    public void Groups_with_too_few_training_failures_keep_the_base_threshold()
    {
        var rows = Rows().Concat(AuditMetricTests.Make("few", (int)Outcome.Escalated, (int)Outcome.Escalated, 10, score: 0.9)).ToList();
        Assert.All(FnrParityThresholds.Choose(rows, minSupport: 20).Where(c => c.Group == "few"), c => Assert.Equal(0.5, c.Threshold));
    }
}
