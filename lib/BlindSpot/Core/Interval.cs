namespace BlindSpot.Core;

/// <summary>A confidence interval [Lower, Upper]; NaN bounds when it could not be computed.</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    public static Interval None => new(double.NaN, double.NaN);

    public bool IsDefined => double.IsFinite(Lower) && double.IsFinite(Upper);

    public bool Contains(double value) => IsDefined && Lower <= value && value <= Upper;

    /// <summary>
    /// The percentile interval of bootstrap replicates (NaN replicates, where the metric was undefined, are left
    /// out; quantiles by linear interpolation between order statistics).
    /// </summary>
    public static Interval Percentile(IEnumerable<double> replicates, double level = 0.95)
    {
        if (level is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(level), "The level is in (0, 1).");
        var sorted = replicates.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return None;
        var alpha = (1 - level) / 2;
        return new Interval(Quantile(sorted, alpha), Quantile(sorted, 1 - alpha));
    }

    internal static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public override string ToString() => IsDefined
        ? $"[{Lower.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}, {Upper.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}]"
        : "—";
}
