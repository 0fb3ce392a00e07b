using BlindSpot.Core;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Simulation;

/// <summary>
/// The calibration targets of DESIGN.md (observed three-tier labels, 1,250 sessions): resolved 41.4 %,
/// escalated 27.3 %, abandoned 31.3 %; about 10,000 turns; 3.0 failures before a handoff request.
/// </summary>
public class CalibrationTests
{
    private const double Resolved = 0.414, Escalated = 0.273, Abandoned = 0.313;
    private static readonly Lazy<SimulationSummary> DefaultSeed = new(() => SimulationSummary.Of(new SimulationOptions()));
    private static readonly Lazy<SimulationSummary[]> TwentySeeds = new(() =>
        Enumerable.Range(0, 20).AsParallel().AsOrdered().Select(i => SimulationSummary.Of(new SimulationOptions { Seed = 1000 + i })).ToArray());

    [Theory]
    [InlineData("resolved", Resolved)]
    [InlineData("escalated", Escalated)]
    [InlineData("abandoned", Abandoned)]
    public void Default_seed_outcome_share_is_within_2_points(string outcome, double target) =>
        Assert.InRange(DefaultSeed.Value.Share(Outcomes.Parse(outcome)), target - 0.020, target + 0.020);

    [Theory]
    [InlineData("resolved", Resolved)]
    [InlineData("escalated", Escalated)]
    [InlineData("abandoned", Abandoned)]
    public void Twenty_seed_mean_outcome_share_is_within_three_quarters_of_a_point(string outcome, double target) =>
        Assert.InRange(TwentySeeds.Value.Average(s => s.Share(Outcomes.Parse(outcome))), target - 0.0075, target + 0.0075);

    [Fact]
    public void Default_seed_has_about_ten_thousand_turns() =>
        Assert.InRange(DefaultSeed.Value.Turns, 9_700, 10_300);

    [Fact]
    public void Escalated_users_average_three_failures_before_the_handoff() =>
        Assert.InRange(DefaultSeed.Value.MeanFailures(Outcome.Escalated), 2.8, 3.2);

    [Fact]
    public void Twenty_seed_mean_failures_before_the_handoff_is_three() =>
        Assert.InRange(TwentySeeds.Value.Average(s => s.MeanFailures(Outcome.Escalated)), 2.9, 3.1);

    [Fact]
    public void Abandoners_have_at_least_one_failure_fewer_than_escalated_users()
    {
        var s = DefaultSeed.Value;
        Assert.True(s.MeanFailures(Outcome.Abandoned) <= s.MeanFailures(Outcome.Escalated) - 1.0,
            $"abandoned {s.MeanFailures(Outcome.Abandoned):F2} vs escalated {s.MeanFailures(Outcome.Escalated):F2}");
    }

    [Fact]
    public void Billing_and_technical_support_fail_most_per_bot_turn()
    {
        var topTwo = DefaultSeed.Value.FailureRateByIntent.OrderByDescending(kv => kv.Value).Take(2).Select(kv => kv.Key).Order();
        Assert.Equal(["billing", "technical_support"], topTwo);
    }
}
