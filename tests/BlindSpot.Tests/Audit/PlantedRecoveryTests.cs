using BlindSpot.Audit;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Audit;

/// <summary>
/// The simulator's hidden-failure effect (failures in billing barely move sentiment) must show in the audit as a higher
/// billing FNR when on, and no intent may be flagged beyond chance when off.
/// <para>Set-up, and why: the effect acts on sentiment only, so it is audited on a detector that reads sentiment (the
/// user-sentiment columns only): the full model also counts the logged bot failures and does not need sentiment to find
/// billing's failures (its billing FNR moves by about a point with the effect on or off). Intents are given the same
/// out-of-scope rate (an option of the simulator, not a change to it), so that with the effect off they differ by
/// nothing but chance — otherwise intents with fewer, subtler failures have a genuinely higher FNR and the "off" run
/// would flag them, rightly. 5,000 sessions: at the default 1,250 the effect is flagged in some seeds only.</para>
/// </summary>
public class PlantedRecoveryTests(ITestOutputHelper output)
{
    private const int Sessions = 5000;
    private static readonly int[] Seeds = [101, 102, 103];
    private static readonly AuditOptions Options = new() { Bootstrap = 500, Metrics = [AuditMetric.FalseNegativeRate] };

    private GroupAudit Audit(int seed, bool on)
    {
        var audit = new GroupAudit(PlantedAudit.Rows(seed, Sessions, on, sentimentOnly: true, equalScope: true), Options);
        foreach (var r in audit.ByGroup(AuditMetric.FalseNegativeRate))
            output.WriteLine($"seed {seed} {(on ? "on " : "off")} {r.Group,-18} fnr {r.Value:F3} {r.Interval} ratio {r.Ratio:F2} {r.RatioInterval} {r.Status}");
        return audit;
    }

    [Fact]
    public void Hidden_failures_on_flag_billing_fnr_higher_in_every_seed()
    {
        foreach (var seed in Seeds)
        {
            var billing = Audit(seed, on: true)["billing", AuditMetric.FalseNegativeRate];
            Assert.True(billing.Status == DisparityStatus.Higher, $"seed {seed}: billing FNR {billing.Value:F3}, ratio {billing.Ratio:F2} {billing.RatioInterval}");
        }
    }

    [Fact]
    public void Hidden_failures_off_flag_billing_never_and_other_intents_only_at_the_false_flag_rate()
    {
        var flags = 0;
        var tests = 0;
        foreach (var seed in Seeds)
        {
            var audit = Audit(seed, on: false);
            Assert.False(audit["billing", AuditMetric.FalseNegativeRate].Flagged, $"seed {seed}: billing flagged with the effect off");
            flags += audit.Flagged(AuditMetric.FalseNegativeRate).Count;
            tests += audit.Groups.Count;
        }
        // Under parity a group is flagged only if its 95 % ratio interval excludes 1 (≤ 5 %) and its ratio also leaves
        // [0.8, 1.25]: at most about 0.05 × 18 ≈ 1 false flag expected; 2 allows for chance.
        Assert.True(flags <= 2, $"{flags} of {tests} intent audits flagged with the effect off");
    }
}
