using BlindSpot.Core;

namespace BlindSpot.Tests.Core;

public class DifferenceIntervalsTests
{
    [Fact]
    public void Two_shares_give_Newcombes_hybrid_score_interval()
    {
        // Newcombe (1998), Statistics in Medicine 17: 873–890, table II, example (a): 56/70 − 48/80, method 10 [0.0524, 0.3339].
        var i = DifferenceIntervals.OfShares(56, 70, 48, 80);
        Assert.Equal(0.0524, i.Lower, 4);
        Assert.Equal(0.3339, i.Upper, 4);
        Assert.False(DifferenceIntervals.OfShares(1, 10, 0, 0).IsDefined);
    }

    [Fact]
    public void Two_means_give_Welchs_interval()
    {
        // SE = √(1²/100 + 1.2²/120) = 0.14832; Welch–Satterthwaite df = 217.99 → 217; t(0.975, 217) = 1.97087.
        var i = DifferenceIntervals.OfMeans(3.70, 1.0, 100, 2.47, 1.2, 120);
        Assert.Equal(1.23 - 1.97087 * 0.148324, i.Lower, 3);
        Assert.Equal(1.23 + 1.97087 * 0.148324, i.Upper, 3);
        Assert.False(DifferenceIntervals.OfMeans(3, 1, 1, 2, 1, 50).IsDefined);
    }
}
