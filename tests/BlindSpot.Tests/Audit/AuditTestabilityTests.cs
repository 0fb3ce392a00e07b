using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Tests.Audit;

/// <summary>An audit compares groups: with one group, or groups of a handful of failures, it says so instead of reading noise.</summary>
public class AuditTestabilityTests
{
    private static readonly AuditOptions Options = new() { Bootstrap = 1000 };

    // per group: sessions, of which half fail; the detector catches a failure when its score passes 0.5
    private static List<AuditRow> Rows(params (string Group, int Sessions, double MissedShare)[] groups)
    {
        var rows = new List<AuditRow>();
        var random = new SplitMixRandom(5);
        foreach (var (group, sessions, missed) in groups)
            for (var i = 0; i < sessions; i++)
            {
                var failed = i % 2 == 0;
                var score = failed ? (random.NextDouble() < missed ? 0.2 : 0.8) : 0.1;
                rows.Add(new AuditRow($"{group}{i}", group, i % 5, failed ? (int)Outcome.Escalated : (int)Outcome.Resolved,
                    score >= 0.5 ? (int)Outcome.Escalated : (int)Outcome.Resolved, score, (int)Outcome.Escalated));
            }
        return rows;
    }

    private static string Narrative(List<AuditRow> rows) =>
        AuditNarrative.Compose(new GroupAudit(rows, Options), Mitigation.Run(rows, Options), AuditMetric.FalseNegativeRate, "billing");

    [Fact]
    public void Groups_with_enough_failures_are_audited_and_a_tiny_p_value_reads_below_0_001()
    {
        var rows = Rows(("billing", 400, 0.6), ("orders", 400, 0.05), ("other", 400, 0.05));
        var audit = new GroupAudit(rows, Options);
        Assert.True(audit.Check().IsTestable);
        var narrative = Narrative(rows);
        Assert.DoesNotContain(Testability.NotTestable, narrative);
        Assert.Contains("The audit ran", narrative);
        var table = AuditFrames.ByGroup(audit, AuditMetric.FalseNegativeRate);
        Assert.True(audit["billing", AuditMetric.FalseNegativeRate].AdjustedPValue < 1e-6);
        Assert.Equal("< 0.001", table["p vs rest (Holm)"][0]);
    }

    [Fact]
    public void One_group_is_not_an_audit()
    {
        var rows = Rows(("unknown", 400, 0.3));
        Assert.EndsWith("Missed failures by group are not testable on this log: an audit needs at least 2 groups with 30 failures or more, " +
                        "and 1 of 1 have them (unknown 200).", Narrative(rows));
        Assert.DoesNotContain("NaN", Narrative(rows));
    }

    [Fact]
    public void Groups_of_a_handful_of_failures_are_not_an_audit()
    {
        var rows = Rows(("billing", 40, 0.6), ("orders", 400, 0.05), ("other", 50, 0.05));
        Assert.Equal("not testable on this log: an audit needs at least 2 groups with 30 failures or more, and 1 of 3 have them (billing 20, orders 200, other 25)",
            new GroupAudit(rows, Options).Check().Sentence);
    }

    [Fact]
    public void Saved_findings_carry_the_failure_counts_the_rule_needs()
    {
        var rows = Rows(("billing", 400, 0.6), ("orders", 400, 0.05));
        var findings = AuditFindings.From("intent", new GroupAudit(rows, Options), Mitigation.Run(rows, Options));
        Assert.Equal(200, findings.Groups["billing"].Failures);
        Assert.True(findings.Check().IsTestable);
        var single = AuditFindings.From("intent", new GroupAudit(Rows(("unknown", 400, 0.3)), Options), Mitigation.Run(Rows(("unknown", 400, 0.3)), Options));
        Assert.StartsWith("not testable on this log: an audit needs at least 2 groups", single.Check().Sentence);
    }
}
