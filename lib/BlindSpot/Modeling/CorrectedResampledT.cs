using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>
/// A 95 % interval for a difference measured on the folds of repeated k-fold cross-validation: the corrected resampled
/// t (Nadeau and Bengio 2003; Bouckaert and Frank 2004). The folds share training data, so their differences are
/// correlated and the naive ±1.96 sd/√J is too narrow; the correction inflates the variance to
/// (1/J + n_test/n_train) · s², with J = repeats × folds and n_test/n_train = 1/(k − 1), and uses t with J − 1 degrees
/// of freedom. This is the one interval the notebooks and the summary give for nested − flat.
/// </summary>
public static class CorrectedResampledT
{
    public static Interval Of(MetricSummary differences, int folds, double level = 0.95)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "Cross-validation needs at least 2 folds.");
        var j = differences.Folds;
        if (j < 2) return Interval.None;
        var variance = (1.0 / j + 1.0 / (folds - 1)) * differences.Sd * differences.Sd;
        var half = StudentT.Quantile(1 - (1 - level) / 2, j - 1) * Math.Sqrt(variance);
        return new Interval(differences.Mean - half, differences.Mean + half);
    }

    /// <summary>What a zero spread over the folds is said as: every fold gave the same difference, so there is no interval to give.</summary>
    public const string NoVariation = "no variation over folds";

    /// <summary>
    /// "+0.5 [-0.6, +1.6]", or "+0.0 (no variation over folds)" when the interval has no width (every fold gave the
    /// same difference: a zero spread is not a precise estimate, and "[+0.0, +0.0]" would read as one).
    /// </summary>
    public static string Text(double value, Interval interval, Func<double, string> format) =>
        interval.IsDefined && interval.Lower == interval.Upper ? $"{format(value)} ({NoVariation})" : $"{format(value)} [{format(interval.Lower)}, {format(interval.Upper)}]";

    /// <summary>Nested − flat of <paramref name="metric"/> on <paramref name="result"/>'s folds, with its corrected interval.</summary>
    public static Interval NestedMinusFlat(CvResult result, string metric) => Of(result.PairedDifference(metric), result.Plan.Folds);
}
