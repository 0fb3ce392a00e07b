using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

/// <summary>The spread between groups follows the point estimate's pair of groups through the bootstrap.</summary>
public class BetweenGroupsTests
{
    private const int R = (int)Outcome.Resolved, E = (int)Outcome.Escalated;

    /// <summary>A group with <paramref name="failures"/> true failures of which <paramref name="missed"/> are missed, plus as many resolved sessions.</summary>
    private static IEnumerable<AuditRow> Group(string name, int failures, int missed) =>
        AuditMetricTests.Make(name, E, R, missed).Concat(AuditMetricTests.Make(name, E, E, failures - missed)).Concat(AuditMetricTests.Make(name, R, R, failures));

    [Fact]
    public void Close_groups_get_an_interval_that_reaches_below_zero_because_the_pair_stays_fixed()
    {
        // Missed-failure rates 0.10, 0.12, 0.14 on 100 failures each: the spread between a and c is 0.04, and with this
        // much noise c can come out below a in a replicate. Re-picking the extremes would never give a negative spread.
        var rows = Group("a", 100, 10).Concat(Group("b", 100, 12)).Concat(Group("c", 100, 14));
        var between = new GroupAudit(rows, new AuditOptions { Bootstrap = 400, Metrics = [AuditMetric.FalseNegativeRate] }).Between(AuditMetric.FalseNegativeRate);

        Assert.Equal(("a", "c"), (between.MinGroup, between.MaxGroup));
        Assert.Equal(0.04, between.Difference, 12);
        Assert.True(between.DifferenceInterval.Lower < 0, $"interval {between.DifferenceInterval}");
        Assert.InRange(between.DifferenceInterval.Upper, 0.09, 0.14);   // ≈ 0.04 + 1.96 × sqrt(0.1·0.9/100 + 0.14·0.86/100) ≈ 0.13
        Assert.Equal((0, 400), (between.UndefinedReplicates, between.Replicates));
    }

    [Fact]
    public void Replicates_where_a_group_of_the_pair_has_no_failure_are_counted_not_silently_dropped()
    {
        // Group "rare" has one failure in 30 rows: about (29/30)^30 ≈ 36 % of replicates draw none, where its FNR is undefined.
        var rows = AuditMetricTests.Make("rare", E, R, 1).Concat(AuditMetricTests.Make("rare", R, R, 29)).Concat(Group("common", 50, 5));
        var between = new GroupAudit(rows, new AuditOptions { Bootstrap = 300, MinSupport = 1, Metrics = [AuditMetric.FalseNegativeRate] })
            .Between(AuditMetric.FalseNegativeRate);

        Assert.Equal(("common", "rare"), (between.MinGroup, between.MaxGroup));
        var audit = new GroupAudit(rows, new AuditOptions { Bootstrap = 300, MinSupport = 1, Metrics = [AuditMetric.FalseNegativeRate] });
        Assert.Equal(between.UndefinedReplicates, audit["rare", AuditMetric.FalseNegativeRate].UndefinedReplicates);
        Assert.Equal(0, audit["common", AuditMetric.FalseNegativeRate].UndefinedReplicates);
        Assert.Equal($"{between.UndefinedReplicates} of 300", AuditFrames.ByGroup(audit, AuditMetric.FalseNegativeRate)["replicates_undefined"][1]);
        Assert.Equal(300, between.Replicates);
        Assert.InRange(between.UndefinedReplicates, 80, 140);
        Assert.Contains($"{between.UndefinedReplicates} of 300",
            AuditFrames.Between(new GroupAudit(rows, new AuditOptions { Bootstrap = 300, MinSupport = 1, Metrics = [AuditMetric.FalseNegativeRate] }))["replicates_undefined"][0]!.ToString());
    }

    [Fact]
    public void Latent_truth_replaces_the_observed_label_and_refuses_a_session_it_does_not_know()
    {
        var rows = new[] { new AuditRow("s1", "g", 0, R, R, 0.1), new AuditRow("s2", "g", 0, E, E, 0.9) };
        var truth = new Dictionary<string, int> { ["s1"] = (int)Outcome.Abandoned, ["s2"] = E };
        var scored = LatentTruth.Apply(rows, truth);
        Assert.Equal([(int)Outcome.Abandoned, E], scored.Select(r => r.Truth));
        Assert.Equal([R, E], scored.Select(r => r.Predicted));
        // Against the truth, s1 is a failure the detector missed: FNR 1 of 2.
        Assert.Equal(0.5, new GroupAudit(scored, new AuditOptions { Bootstrap = 1, MinSupport = 1 })["g", AuditMetric.FalseNegativeRate].Value, 12);

        var error = Assert.Throws<InvalidDataException>(() => LatentTruth.Apply(rows, new Dictionary<string, int> { ["s1"] = R }));
        Assert.Contains("Session s2 has no row in the simulation truth", error.Message);
    }

    [Fact]
    public void Observed_and_true_missed_failures_sit_side_by_side()
    {
        var rows = new[] { new AuditRow("s1", "g", 0, R, R, 0.1), new AuditRow("s2", "g", 0, E, E, 0.9), new AuditRow("s3", "h", 0, E, R, 0.2) };
        var truth = new Dictionary<string, int> { ["s1"] = E, ["s2"] = E, ["s3"] = R };
        var options = new AuditOptions { Bootstrap = 1, MinSupport = 1 };
        var frame = AuditFrames.ObservedVsTruth(new GroupAudit(rows, options), new GroupAudit(LatentTruth.Apply(rows, truth), options), AuditMetric.FalseNegativeRate);
        var fnr = AuditMetric.FalseNegativeRate.Name;
        Assert.Equal(["g", "h", "overall"], frame["group"].Cast<string>());
        Assert.Equal([1, 1, 2], frame["failures_observed"].Cast<int>());
        Assert.Equal([2, 0, 2], frame["failures_truth"].Cast<int>());
        Assert.StartsWith("0.000", (string)frame[$"{fnr}_observed"][0]!);
        Assert.StartsWith("0.500", (string)frame[$"{fnr}_truth"][0]!);
        Assert.Equal("insufficient support (n = 0)", (string)frame[$"{fnr}_truth"][1]!);
    }
}
