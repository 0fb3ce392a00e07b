namespace BlindSpot.Core;

/// <summary>
/// The confusion counts of a yes/no decision (positive = the session failed, was abandoned, belongs to the class …)
/// and every rate the project computes from them. One rule for an empty denominator: the rate is undefined and is
/// NaN (an audit group with no true failure has no miss rate). Where a number is needed anyway, an average over
/// classes (macro F1) or a threshold sweep, the caller counts an undefined rate as 0 with <see cref="Rates.OrZero"/>,
/// as scikit-learn's <c>zero_division=0</c> does.
/// </summary>
public readonly record struct ClassificationCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public static ClassificationCounts Of(IReadOnlyList<bool> truth, IReadOnlyList<bool> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException($"{truth.Count} true labels but {predicted.Count} predictions.");
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i] && predicted[i]) tp++;
            else if (predicted[i]) fp++;
            else if (truth[i]) fn++;
            else tn++;
        }
        return new ClassificationCounts(tp, fp, fn, tn);
    }

    public static ClassificationCounts operator +(ClassificationCounts a, ClassificationCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives, a.TrueNegatives + b.TrueNegatives);

    /// <summary>TP / (TP + FP): of those flagged, how many were right.</summary>
    public double Precision => Rates.Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN): of the positives, how many were flagged.</summary>
    public double Recall => Rates.Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall.</summary>
    public double F1 => Rates.Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>FN / (TP + FN): positives missed (a failure predicted resolved).</summary>
    public double FalseNegativeRate => Rates.Ratio(FalseNegatives, TruePositives + FalseNegatives);

    /// <summary>FP / (FP + TN): negatives flagged.</summary>
    public double FalsePositiveRate => Rates.Ratio(FalsePositives, FalsePositives + TrueNegatives);
}

/// <summary>The empty-denominator rule of <see cref="ClassificationCounts"/>, for rates computed elsewhere.</summary>
public static class Rates
{
    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, NaN (undefined) when the denominator is 0.</summary>
    public static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;

    /// <summary>An undefined rate counted as 0 (scikit-learn's zero_division=0), where an average or a ranking needs a number.</summary>
    public static double OrZero(this double rate) => double.IsNaN(rate) ? 0 : rate;
}
