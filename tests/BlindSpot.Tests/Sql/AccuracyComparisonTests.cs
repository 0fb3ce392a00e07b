using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>"The most accurate definition" only when the paired interval says so.</summary>
public class AccuracyComparisonTests
{
    [Fact]
    public void Two_sessions_apart_in_a_thousand_are_about_equally_accurate()
    {
        // b = 5, c = 3, n = 1250: difference 0.0016, se = √(8 − 4/1250)/1250 = 0.002262.
        var c = AccuracyComparison.Of("quiet_success", "three_tier", 3, 5, 1250);
        Assert.Equal("three_tier", c.Better);
        Assert.Equal(0.0016, c.Difference, 12);
        Assert.Equal(0.0016 - 1.96 * Math.Sqrt(8 - 4.0 / 1250) / 1250, c.Interval.Lower, 12);
        Assert.False(c.Distinguishable);
        Assert.Equal("three_tier and quiet_success are about equally accurate (+0.2 points, 95 % interval [-0.3, +0.6], 5 against 3 sessions only one of them gets right)", c.ToString());
    }

    [Fact]
    public void A_clear_lead_is_called_the_most_accurate()
    {
        var c = AccuracyComparison.Of("three_tier", "escalation_only", 320, 10, 1250);
        Assert.True(c.Distinguishable);
        Assert.StartsWith("three_tier is the most accurate (+24.8 points, 95 % interval [+22.", c.ToString());
        Assert.EndsWith("over escalation_only)", c.ToString());
    }
}
