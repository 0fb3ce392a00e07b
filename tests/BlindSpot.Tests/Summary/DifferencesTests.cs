using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>README's "Where our numbers differ" is composed from the findings: each conclusion both ways.</summary>
public class DifferencesTests
{
    private static readonly StudyFindings Study = ClaimsTests.Study;

    [Fact]
    public void The_list_quotes_the_findings_figures_and_the_data_free_bound()
    {
        var text = Differences.Compose(Study);
        Assert.StartsWith("- **Outcome shares, failures before escalation, level-2 F1 band**", text);
        Assert.Contains("Ours at the default seed: escalated 27.7 %, abandoned 31.4 %, 3.02 failures before escalation, level-2 F1 0.677 on observed failures with boosted trees.", text);
        Assert.Contains("**The simulator's latent failure share (50.0 %) is below the observed failure share (59.1 %)**", text);
        Assert.Contains("escalation-only catches 49.6 % of latent failures", text);
        Assert.Contains("**+20 F1 points for the nested model is not reproduced in simulation**: with the same features and the same folds, nested − flat is -1.1 (boosted_trees), -0.5 (linear) points", text);
        Assert.Contains("= 0.780", text);
        Assert.Contains("at turn 3 the velocity-only model's abandonment AUC is +0.060 above the average-only model's, and only while the simulator plants the early drop (adding velocity to the average model: +0.034 AUC with it, +0.002 without)", text);
        Assert.Contains("A full packet cuts re-explanation from 78.8 % to 18.4 %.", text);
        Assert.Equal(5, text.Split('\n').Length);
    }

    [Fact]
    public void Each_conclusion_follows_its_figure()
    {
        var gain = ClaimsTests.Models with { Learners = new(ClaimsTests.Models.Learners, StringComparer.Ordinal) { ["linear"] = ClaimsTests.Models.Learners["linear"] with { NestedMinusFlatPoints = 16 } } };
        Assert.Contains("**+20 F1 points for the nested model replicates**", Differences.Compose(Study with { Models = gain }));
        Assert.Contains("is not below the observed failure share", Differences.Compose(Study with { Simulation = ClaimsTests.Simulation with { LatentFailureShare = 0.7 } }));
        Assert.Contains("the on/off check does not tie it to the planted drop", Differences.Compose(Study with { EarlyWarning = ClaimsTests.Early with { VelocityGainDropOff = 0.03 } }));
        var flat = ClaimsTests.Early with { AbandonAucByK = new() { [3] = new(StringComparer.Ordinal) { ["average"] = 0.66, ["velocity"] = 0.65 } } };
        Assert.Contains("**The early-warning claim does not hold**", Differences.Compose(Study with { EarlyWarning = flat }));
    }

    [Fact]
    public void With_a_sweep_each_emergent_figure_gets_its_seed_interval()
    {
        var sweep = new SweepSummary([new(1, "nested_minus_flat_points/linear", -1.0), new(2, "nested_minus_flat_points/linear", 1.0)]);
        Assert.Contains("points (notebook 03); over the seed sweep linear +0.0 [-1.0, +1.0] (2 seeds).", Differences.Compose(Study, sweep));
    }
}
