namespace BlindSpot.Core;

/// <summary>95 % intervals of a difference between two independent groups, from the groups' summaries alone.</summary>
public static class DifferenceIntervals
{
    /// <summary>
    /// p₁ − p₂ for two shares (Newcombe's hybrid score interval, his method 10): built from each share's Wilson interval,
    /// so it stays sensible near 0 and 1, where the Wald interval does not. Undefined when either group is empty.
    /// </summary>
    public static Interval OfShares(long count1, long n1, long count2, long n2)
    {
        if (n1 == 0 || n2 == 0) return Interval.None;
        var (a, b) = (ShareInterval.Of(count1, n1), ShareInterval.Of(count2, n2));
        var d = a.Share - b.Share;
        return new Interval(
            d - Math.Sqrt(Square(a.Share - a.Low) + Square(b.High - b.Share)),
            d + Math.Sqrt(Square(a.High - a.Share) + Square(b.Share - b.Low)));
    }

    /// <summary>
    /// mean₁ − mean₂ (Welch): the standard error from each group's SD and size, Student's t at the Welch–Satterthwaite
    /// degrees of freedom (rounded down). Undefined with fewer than two values in either group.
    /// </summary>
    public static Interval OfMeans(double mean1, double sd1, long n1, double mean2, double sd2, long n2)
    {
        if (n1 < 2 || n2 < 2 || !double.IsFinite(sd1) || !double.IsFinite(sd2)) return Interval.None;
        var (v1, v2) = (sd1 * sd1 / n1, sd2 * sd2 / n2);
        var se = Math.Sqrt(v1 + v2);
        if (se == 0) return new Interval(mean1 - mean2, mean1 - mean2);
        var df = (int)Math.Floor(Square(v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1)));
        var half = StudentT.Quantile(0.975, Math.Max(1, df)) * se;
        return new Interval(mean1 - mean2 - half, mean1 - mean2 + half);
    }

    private static double Square(double x) => x * x;
}
