using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

public class FlagTests
{
    [Theory]
    [InlineData(1.60, 1.10, 2.10, DisparityStatus.Higher)]  // outside the band, interval above 1
    [InlineData(1.60, 0.90, 2.40, DisparityStatus.Parity)]  // outside the band, but the interval includes parity
    [InlineData(1.20, 1.05, 1.35, DisparityStatus.Parity)]  // interval excludes 1, but within [0.8, 1.25]
    [InlineData(1.25, 1.10, 1.40, DisparityStatus.Parity)]  // on the band's edge: not outside it
    [InlineData(0.50, 0.30, 0.75, DisparityStatus.Lower)]
    [InlineData(0.50, 0.30, 1.02, DisparityStatus.Parity)]
    [InlineData(0.79, 0.70, 0.90, DisparityStatus.Lower)]
    public void Flag_needs_a_ratio_outside_the_band_and_an_interval_that_excludes_parity(double ratio, double lower, double upper, DisparityStatus expected) =>
        Assert.Equal(expected, DisparityFlag.Of(ratio, new Interval(lower, upper), 0.8));

    [Fact]
    public void Tau_sets_the_band_and_support_wins_over_everything()
    {
        Assert.Equal(DisparityStatus.Parity, DisparityFlag.Of(1.4, new Interval(1.1, 1.7), tau: 0.7));
        Assert.Equal(DisparityStatus.Higher, DisparityFlag.Of(1.4, new Interval(1.1, 1.7), tau: 0.8));
        Assert.Equal(DisparityStatus.InsufficientSupport, DisparityFlag.Of(3.0, new Interval(2, 4), sufficientSupport: false));
        Assert.Equal(DisparityStatus.Parity, DisparityFlag.Of(double.NaN, Interval.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisparityFlag.Of(1, new Interval(1, 1), tau: 1.2));
    }

    [Fact]
    public void A_large_clear_gap_is_flagged_and_the_same_gap_on_a_tiny_group_is_not()
    {
        static IEnumerable<AuditRow> Group(string name, int failures, int missed, int resolved) =>
            AuditMetricTests.Make(name, (int)Outcome.Escalated, (int)Outcome.Escalated, failures - missed)
                .Concat(AuditMetricTests.Make(name, (int)Outcome.Abandoned, (int)Outcome.Resolved, missed))
                .Concat(AuditMetricTests.Make(name, (int)Outcome.Resolved, (int)Outcome.Resolved, resolved));
        // Overall FNR ≈ 0.1; "worse" misses 30 % of 200 failures, "tiny" 25 % of 12.
        var rows = Group("base", 1000, 60, 1000).Concat(Group("worse", 200, 60, 200)).Concat(Group("tiny", 12, 3, 12));
        var audit = new GroupAudit(rows, new AuditOptions { Bootstrap = 500, MinSupport = 10 });
        Assert.Equal(DisparityStatus.Higher, audit["worse", AuditMetric.FalseNegativeRate].Status);
        Assert.Equal(DisparityStatus.Lower, audit["base", AuditMetric.FalseNegativeRate].Status);
        var tiny = audit["tiny", AuditMetric.FalseNegativeRate];
        Assert.True(tiny.Ratio > 1.25 && tiny.RatioInterval.Contains(1) && tiny.Status == DisparityStatus.Parity, $"{tiny.Ratio} {tiny.RatioInterval}");
    }
}
