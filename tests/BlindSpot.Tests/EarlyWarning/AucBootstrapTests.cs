using BlindSpot.EarlyWarning;

namespace BlindSpot.Tests.EarlyWarning;

public class AucBootstrapTests
{
    private static PrefixScores Scores(string set, double[] scores, bool[] truth) =>
        new(3, set, Target.Abandon, [.. Enumerable.Range(0, scores.Length)], scores, truth);

    [Fact]
    public void A_perfect_model_against_a_useless_one_gives_a_difference_interval_near_one_half()
    {
        const int n = 400;
        var truth = Enumerable.Range(0, n).Select(i => i % 4 == 0).ToArray();
        var perfect = truth.Select(t => t ? 0.9 : 0.1).ToArray();
        var useless = Enumerable.Range(0, n).Select(i => (i * 7919 % 101) / 101.0).ToArray();   // unrelated to the truth
        var paired = AucBootstrap.Paired(Scores("velocity", perfect, truth), Scores("average", useless, truth), replicates: 300, seed: 1);

        Assert.Equal((400, 100), (paired.Sessions, paired.Positives));
        Assert.Equal(1.0, paired.FirstAuc, 12);
        Assert.Equal((1.0, 1.0), (paired.FirstInterval.Lower, paired.FirstInterval.Upper));
        Assert.True(paired.SecondInterval.Contains(paired.SecondAuc));
        Assert.InRange(paired.SecondAuc, 0.4, 0.6);
        Assert.True(paired.DifferenceInterval.Contains(paired.Difference));
        Assert.InRange(paired.DifferenceInterval.Upper - paired.DifferenceInterval.Lower, 0.05, 0.25);   // ≈ 2 × 1.96 × AUC SE (≈ 0.033)
        Assert.Equal(0, paired.UndefinedReplicates);
        Assert.Equal(paired, AucBootstrap.Paired(Scores("velocity", perfect, truth), Scores("average", useless, truth), replicates: 300, seed: 1));
    }

    [Fact]
    public void A_replicate_without_an_abandoner_is_counted_and_left_out()
    {
        // One abandoner among 20: about (19/20)^20 ≈ 36 % of replicates draw none.
        var truth = Enumerable.Range(0, 20).Select(i => i == 0).ToArray();
        var scores = Enumerable.Range(0, 20).Select(i => i == 0 ? 1.0 : 0.0).ToArray();
        var paired = AucBootstrap.Paired(Scores("a", scores, truth), Scores("b", scores, truth), replicates: 400, seed: 3);
        Assert.InRange(paired.UndefinedReplicates, 100, 190);
        Assert.Equal(400, paired.Replicates);
    }

    [Fact]
    public void Models_scored_on_different_sessions_are_refused()
    {
        var a = new PrefixScores(3, "velocity", Target.Abandon, [1, 2], [0.1, 0.9], [false, true]);
        var b = new PrefixScores(3, "average", Target.Abandon, [1, 3], [0.1, 0.9], [false, true]);
        Assert.Equal("The two models at k = 3 were not scored on the same sessions.", Assert.Throws<ArgumentException>(() => AucBootstrap.Paired(a, b)).Message);
    }
}
