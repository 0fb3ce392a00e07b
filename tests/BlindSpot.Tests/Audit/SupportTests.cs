using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

public class SupportTests
{
    private static readonly IEnumerable<AuditRow> Big =
        AuditMetricTests.Make("big", (int)Outcome.Escalated, (int)Outcome.Escalated, 40)
            .Concat(AuditMetricTests.Make("big", (int)Outcome.Abandoned, (int)Outcome.Resolved, 10))
            .Concat(AuditMetricTests.Make("big", (int)Outcome.Resolved, (int)Outcome.Resolved, 50));

    [Fact]
    public void Empty_and_one_row_groups_say_insufficient_support_without_a_number()
    {
        var one = AuditMetricTests.Make("one", (int)Outcome.Abandoned, (int)Outcome.Resolved, 1);
        var audit = new GroupAudit(Big.Concat(one), new AuditOptions { Bootstrap = 200, MinSupport = 20 }, groups: ["empty"]);

        Assert.Equal(["big", "empty", "one"], audit.Groups);
        foreach (var group in new[] { "empty", "one" })
            foreach (var metric in AuditMetric.All)
            {
                var r = audit[group, metric];
                Assert.Equal(DisparityStatus.InsufficientSupport, r.Status);
                Assert.True(double.IsNaN(r.Value) && !r.Interval.IsDefined && double.IsNaN(r.Ratio));
                Assert.False(r.Flagged);
            }
        Assert.Equal(0, audit["empty", AuditMetric.FalseNegativeRate].Rows);
        Assert.Equal(1, audit["one", AuditMetric.FalseNegativeRate].Support);
        Assert.StartsWith("insufficient support (n = 1)", AuditFrames.Cell(audit["one", AuditMetric.FalseNegativeRate]));
        // The one row still counts overall: 11 missed of 51 failures.
        Assert.Equal(11.0 / 51, audit.Overall(AuditMetric.FalseNegativeRate).Value, 12);
        // Between groups uses only groups with a number: with one left there is no spread.
        Assert.True(double.IsNaN(audit.Between(AuditMetric.FalseNegativeRate).Difference));
        Assert.Equal(4, AuditFrames.ByGroup(audit, AuditMetric.FalseNegativeRate).Rows.Count);
        Assert.Equal(3, AuditFrames.Flags(audit).Rows.Count);
    }

    [Fact]
    public void Support_counts_the_metric_denominator_not_the_rows()
    {
        // 30 rows, but only 5 failures: FNR has too little support at 20, FPR (25 successes) has enough.
        var rows = AuditMetricTests.Make("g", (int)Outcome.Escalated, (int)Outcome.Escalated, 5)
            .Concat(AuditMetricTests.Make("g", (int)Outcome.Resolved, (int)Outcome.Resolved, 25));
        var audit = new GroupAudit(Big.Concat(rows), new AuditOptions { Bootstrap = 100, MinSupport = 20 });
        Assert.Equal(DisparityStatus.InsufficientSupport, audit["g", AuditMetric.FalseNegativeRate].Status);
        Assert.True(audit["g", AuditMetric.FalsePositiveRate].HasSupport);
    }

    [Fact]
    public void An_audit_with_no_rows_at_all_does_not_crash()
    {
        var audit = new GroupAudit([], new AuditOptions { Bootstrap = 10 }, groups: ["billing"]);
        Assert.Equal(DisparityStatus.InsufficientSupport, audit["billing", AuditMetric.FalseNegativeRate].Status);
        Assert.True(double.IsNaN(audit.Overall(AuditMetric.FalseNegativeRate).Value));
    }
}
