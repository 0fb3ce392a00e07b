using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

/// <summary>Holm's correction over the audit's many flag tests: the arithmetic, and a flag it removes.</summary>
public class MultipleComparisonTests
{
    private const int R = (int)Outcome.Resolved, E = (int)Outcome.Escalated;

    [Fact]
    public void Holm_adjusts_step_down_and_keeps_the_order_given()
    {
        var adjusted = Holm.Adjust([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p, 12)).ToArray());
        Assert.Equal([0.6, double.NaN], Holm.Adjust([0.6, double.NaN]));
    }

    private static IEnumerable<AuditRow> Group(string name, int failures, int missed) =>
        AuditMetricTests.Make(name, E, R, missed).Concat(AuditMetricTests.Make(name, E, E, failures - missed)).Concat(AuditMetricTests.Make(name, R, R, failures));

    [Fact]
    public void A_flag_that_passes_alone_is_removed_when_the_audit_runs_many_tests()
    {
        // Twelve intents miss 10 % of 100 failures; "edge" misses 21 % of 100: alone its test against the rest (12.7 %)
        // passes (p ≈ 0.02), but with 14 tests Holm asks for much more. "clear" misses 45 %, which survives any correction.
        var rows = Enumerable.Range(0, 12).SelectMany(i => Group($"g{i:00}", 100, 10)).Concat(Group("edge", 100, 21)).Concat(Group("clear", 100, 45));
        var audit = new GroupAudit(rows, new AuditOptions { Bootstrap = 1000, Metrics = [AuditMetric.FalseNegativeRate] });
        var fnr = AuditMetric.FalseNegativeRate;

        Assert.Equal(14, audit.Tests);
        var edge = audit["edge", fnr];
        Assert.True(edge.PValue < 0.05, $"p = {edge.PValue}");
        Assert.True(edge.AdjustedPValue >= 0.05, $"adjusted p = {edge.AdjustedPValue}");
        Assert.True(edge.FlagRemovedByCorrection);
        Assert.Equal(DisparityStatus.Parity, edge.Status);

        var clear = audit["clear", fnr];
        Assert.Equal(DisparityStatus.Higher, clear.Status);
        Assert.False(clear.FlagRemovedByCorrection);
        Assert.Equal(["clear"], audit.Flagged(fnr).Select(r => r.Group));
    }
}
