using BlindSpot.Audit;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Audit;

/// <summary>
/// The simulator's hidden-failure effect (half of account_access's failures go unflagged by the bot's telemetry and barely
/// move sentiment) must show in the audit of the real detector (all features) as a higher FNR for that intent when on,
/// and no intent may be flagged beyond chance when off.
/// <para>Set-up, and why: intents are given the same out-of-scope rate (an option of the simulator, not a change to it),
/// so that with the effect off they differ by nothing but chance — otherwise intents with fewer, subtler failures have a
/// genuinely higher FNR and the "off" run would flag them, rightly. 5,000 sessions, three seeds.</para>
/// </summary>
public class PlantedRecoveryTests(ITestOutputHelper output)
{
    private const int Sessions = 5000;
    private static readonly string Hidden = new BlindSpot.Simulation.PlantedEffects().HiddenFailureIntent;
    private static readonly int[] Seeds = [101, 102, 103];
    private static readonly AuditOptions Options = new() { Bootstrap = 500, Metrics = [AuditMetric.FalseNegativeRate] };

    private GroupAudit Audit(int seed, bool on)
    {
        var audit = new GroupAudit(PlantedAudit.Rows(seed, Sessions, on, equalScope: true), Options);
        foreach (var r in audit.ByGroup(AuditMetric.FalseNegativeRate))
            output.WriteLine($"seed {seed} {(on ? "on " : "off")} {r.Group,-18} fnr {r.Value:F3} {r.Interval} ratio {r.Ratio:F2} {r.RatioInterval} {r.Status}");
        return audit;
    }

    [Fact]
    public void Hidden_failures_on_flag_the_hidden_intent_fnr_higher_in_every_seed()
    {
        foreach (var seed in Seeds)
        {
            var hidden = Audit(seed, on: true)[Hidden, AuditMetric.FalseNegativeRate];
            Assert.True(hidden.Status == DisparityStatus.Higher, $"seed {seed}: {Hidden} FNR {hidden.Value:F3}, ratio {hidden.Ratio:F2} {hidden.RatioInterval}");
        }
    }

    [Fact]
    public void Hidden_failures_off_flag_the_hidden_intent_never_and_others_only_at_the_false_flag_rate()
    {
        var flags = 0;
        var tests = 0;
        foreach (var seed in Seeds)
        {
            var audit = Audit(seed, on: false);
            Assert.False(audit[Hidden, AuditMetric.FalseNegativeRate].Flagged, $"seed {seed}: {Hidden} flagged with the effect off");
            flags += audit.Flagged(AuditMetric.FalseNegativeRate).Count;
            tests += audit.Groups.Count;
        }
        // Under parity a group is flagged only if its 95 % ratio interval excludes 1 (≤ 5 %) and its ratio also leaves
        // [0.8, 1.25]: at most about 0.05 × 18 ≈ 1 false flag expected; 2 allows for chance.
        Assert.True(flags <= 2, $"{flags} of {tests} intent audits flagged with the effect off");
    }
}
