using BlindSpot.Core;

namespace BlindSpot.Tests.Core;

/// <summary>The binomial and multinomial draws behind the log's own bootstrap: right moments, exact totals, seeded.</summary>
public class BinomialTests
{
    [Theory]
    [InlineData(20, 0.1)]          // inversion: mean 2
    [InlineData(1_000, 0.3)]       // BTRS
    [InlineData(10_000_000, 0.31)] // ten million sessions
    [InlineData(5_000, 0.97)]      // the symmetric side
    public void Draws_have_the_binomial_mean_and_variance(long n, double p)
    {
        var random = new SplitMixRandom(7);
        const int draws = 40_000;
        var values = Enumerable.Range(0, draws).Select(_ => (double)Binomial.Sample(random, n, p)).ToArray();
        Assert.All(values, v => Assert.InRange(v, 0, n));
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (draws - 1);
        var sd = Math.Sqrt(n * p * (1 - p));
        Assert.InRange(mean, n * p - 4 * sd / Math.Sqrt(draws), n * p + 4 * sd / Math.Sqrt(draws)); // 4 standard errors
        Assert.InRange(variance / (sd * sd), 0.96, 1.04);
    }

    [Fact]
    public void Small_cases_match_the_exact_probabilities()
    {
        // Binomial(4, 0.25): P(0..4) = 81, 108, 54, 12, 1 over 256
        var random = new SplitMixRandom(11);
        var counts = new int[5];
        for (var i = 0; i < 256_000; i++) counts[Binomial.Sample(random, 4, 0.25)]++;
        var expected = new[] { 81, 108, 54, 12, 1 };
        for (var k = 0; k < 5; k++) Assert.InRange(counts[k] / 1000.0, expected[k] - 4 * Math.Sqrt(expected[k]) - 1, expected[k] + 4 * Math.Sqrt(expected[k]) + 1);
        Assert.Equal([0, 7, 0], new[] { Binomial.Sample(random, 0, 0.5), Binomial.Sample(random, 7, 1.0), Binomial.Sample(random, 7, 0.0) });
        Assert.Equal(Math.Log(6), Binomial.LogFactorial(3), 12);
        Assert.Equal(Enumerable.Range(1, 300).Sum(i => Math.Log(i)), Binomial.LogFactorial(300), 9);
    }

    [Fact]
    public void A_multinomial_draw_places_every_item_and_the_same_seed_gives_the_same_draw()
    {
        long[] counts = [5_000_000, 3_000_000, 1_999_990, 10];
        var first = Multinomial.Sample(new SplitMixRandom(3), 10_000_000, counts);
        Assert.Equal(10_000_000, first.Sum());
        Assert.Equal(first, Multinomial.Sample(new SplitMixRandom(3), 10_000_000, counts));
        Assert.InRange(first[0], 5_000_000 - 8_000, 5_000_000 + 8_000); // sd ≈ 1,581
        Assert.Equal([0, 0, 9], Multinomial.Sample(new SplitMixRandom(3), 9, [0, 0, 4]));
    }
}
