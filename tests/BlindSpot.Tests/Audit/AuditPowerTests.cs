using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.Simulation;
using BlindSpot.Studies;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Audit;

/// <summary>
/// The audit's false-flag rate and power on small runs (the 100-seed figures are in docs/planted-effects.md): with every
/// plant off and the intents alike, few of its tests flag; with the hidden-failure plant on (calibrated intents), it
/// flags account_access above the rest in nearly every seed, and with that plant off in hardly any.
/// </summary>
public class AuditPowerTests(ITestOutputHelper output)
{
    private static readonly int[] Seeds = [6100, 6101, 6102, 6103, 6104, 6105];
    private static readonly AuditOptions Options = new() { Bootstrap = 50 };

    [Fact]
    public void With_every_plant_off_at_most_five_percent_of_the_tests_flag()
    {
        var runs = AuditPower.Run(Seeds, 1000, PlantedEffects.None, equalScope: true, Options);
        var (tests, flags) = (runs.Sum(r => r.Tests), runs.Sum(r => r.Flags));
        output.WriteLine($"null: {flags} of {tests} tests flagged");
        Assert.True(tests >= Seeds.Length * 20, $"only {tests} tests ran");
        Assert.True(flags <= 0.05 * tests, $"{flags} of {tests} tests flagged with every plant off");
    }

    [Fact]
    public void The_hidden_intent_is_flagged_with_its_plant_on_and_not_off()
    {
        var on = AuditPower.Run(Seeds, 1250, new PlantedEffects(), equalScope: false, Options);
        var off = AuditPower.Run(Seeds, 1250, new PlantedEffects { HiddenFailures = false }, equalScope: false, Options);
        output.WriteLine($"on {on.Count(r => r.HiddenFlaggedHigher)}, off {off.Count(r => r.HiddenFlaggedHigher)} of {Seeds.Length}");
        Assert.True(on.Count(r => r.HiddenFlaggedHigher) >= Seeds.Length - 1, "power below 5 of 6 seeds");
        Assert.True(off.Count(r => r.HiddenFlaggedHigher) <= 1, "the hidden intent flagged without its plant");
    }

    [Fact]
    public void Score_test_matches_the_textbook_value_and_pools_a_zero()
    {
        // 10 / 100 vs 20 / 100: pooled 0.15, se 0.0505, z 1.980, p 0.0477
        Assert.Equal(0.0477, TwoProportionTest.PValue(10, 100, 20, 100), 3);
        // a small group with no event is not certain: 0 / 25 against 12 % of 600 is not significant
        Assert.True(TwoProportionTest.PValue(0, 25, 72, 600) > 0.05);
        Assert.Equal(1, TwoProportionTest.PValue(0, 10, 0, 10));
    }

    [Fact]
    public void Recall_and_f1_are_reported_not_tested_and_each_group_is_tested_against_the_rest()
    {
        var rows = PlantedAudit.Rows(6200, 800, hiddenFailures: true);
        var audit = new GroupAudit(rows, Options);
        Assert.All(audit.ByGroup(AuditMetric.Recall), r => Assert.True(double.IsNaN(r.PValue) && !r.Flagged));
        Assert.Equal(audit.Metrics.Where(m => m.Tested).Sum(m => audit.ByGroup(m).Count(r => r.HasSupport)), audit.Tests);
        var fnr = AuditMetric.FalseNegativeRate;
        foreach (var g in audit.ByGroup(fnr).Where(r => r.HasSupport))
        {
            var rest = AuditCounts.Of(rows.Where(r => r.Group != g.Group));
            Assert.Equal(fnr.Value(rest), g.RestValue, 12);
        }
    }
}
