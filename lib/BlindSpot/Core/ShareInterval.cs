namespace BlindSpot.Core;

/// <summary>
/// A share of <c>n</c> with its 95 % Wilson score interval: unlike the normal approximation it stays inside [0, 1] and
/// is honest for small n and shares near 0 or 1, which is what a handful of self-selected ratings gives.
/// </summary>
public readonly record struct ShareInterval(long Count, long N, double Low, double High)
{
    private const double Z = 1.959963984540054;

    public double Share => N == 0 ? double.NaN : (double)Count / N;

    public static ShareInterval Of(long count, long n)
    {
        if (n < 0 || count < 0 || count > n) throw new ArgumentOutOfRangeException(nameof(count), $"{count} of {n} is not a share");
        if (n == 0) return new ShareInterval(0, 0, double.NaN, double.NaN);
        var p = (double)count / n;
        var denominator = 1 + Z * Z / n;
        var centre = (p + Z * Z / (2 * n)) / denominator;
        var half = Z * Math.Sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / denominator;
        return new ShareInterval(count, n, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>"65.0 % [40.8 %, 84.6 %] (13 of 20)".</summary>
    public override string ToString() => N == 0 ? "none rated"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{NumberText.Percent(Share)} [{NumberText.Percent(Low)}, {NumberText.Percent(High)}] ({Count:N0} of {N:N0})");
}
