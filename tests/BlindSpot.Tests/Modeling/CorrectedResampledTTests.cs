using BlindSpot.Core;
using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

/// <summary>The one interval for nested − flat: Student's t quantiles and the corrected resampled t.</summary>
public class CorrectedResampledTTests
{
    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(4, 2.7764)]
    [InlineData(24, 2.0639)]
    [InlineData(1000, 1.9623)]
    public void Student_t_quantiles_match_the_tables(int df, double expected) =>
        Assert.Equal(expected, StudentT.Quantile(0.975, df), 3);

    [Fact]
    public void The_interval_inflates_the_variance_for_overlapping_training_sets()
    {
        // 25 folds (5 × 5), sd 0.014, mean 0.005: variance (1/25 + 1/4) × 0.014², half-width t(24) × √ of it.
        var d = new MetricSummary("x", Design.Nested, "macro_f1_nested_minus_flat", 0.005, 0.014, 25);
        var interval = CorrectedResampledT.Of(d, folds: 5);
        var half = StudentT.Quantile(0.975, 24) * Math.Sqrt((1.0 / 25 + 1.0 / 4) * 0.014 * 0.014);
        Assert.Equal(0.005 - half, interval.Lower, 12);
        Assert.Equal(0.005 + half, interval.Upper, 12);
        Assert.Equal(0.01556, half, 5);
        var naive = 1.96 * 0.014 / Math.Sqrt(25);
        Assert.True(half > 2.5 * naive, $"{half} vs naive {naive}");
        Assert.True(interval.Contains(0));
    }

    [Fact]
    public void A_zero_spread_is_said_as_no_variation_not_as_an_interval()
    {
        var same = CorrectedResampledT.Of(new MetricSummary("x", Design.Nested, "m", 0, 0, 25), folds: 5);
        Assert.Equal("+0.0 (no variation over folds)", CorrectedResampledT.Text(0, same, v => Signed.Format(v)));
        var some = CorrectedResampledT.Of(new MetricSummary("x", Design.Nested, "m", 0.5, 1.0, 25), folds: 5);
        Assert.Equal("+0.5 [-0.6, +1.6]", CorrectedResampledT.Text(0.5, some, v => Signed.Format(v)));
        Assert.Equal("+0.0 (no variation over folds)", new LearnerFindings(0.7, 0.7, null, null, 0, 0, 0).NestedMinusFlatText);
        Assert.Equal("-1.1 [-2.7, +0.5]", new LearnerFindings(0.7, 0.7, null, null, -1.1, -2.7, 0.5).NestedMinusFlatText);
    }

    [Fact]
    public void The_sweep_and_the_sensitivity_runs_use_repeated_folds()
    {
        Assert.Equal((5, 5), (RepeatedFolds.Folds, RepeatedFolds.Repeats));
        Assert.Equal(RepeatedFolds.Repeats, new BlindSpot.Summary.SensitivityOptions().Repeats);
    }

    [Fact]
    public void One_fold_gives_no_interval_and_fewer_than_two_folds_are_refused()
    {
        Assert.False(CorrectedResampledT.Of(new MetricSummary("x", Design.Nested, "m", 0.1, 0, 1), folds: 5).IsDefined);
        Assert.Throws<ArgumentOutOfRangeException>(() => CorrectedResampledT.Of(new MetricSummary("x", Design.Nested, "m", 0.1, 0.1, 5), folds: 1));
    }
}
