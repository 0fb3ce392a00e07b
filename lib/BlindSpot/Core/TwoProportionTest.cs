namespace BlindSpot.Core;

/// <summary>
/// The two-sided score test of "two independent proportions are equal" (the pooled two-proportion z test): z is the
/// difference over its standard error under the null, from the pooled proportion. Its p-value is continuous, so it is
/// not limited by a number of bootstrap replicates, and with the pooled error a group with no events is not made
/// certain by its own zero variance.
/// </summary>
public static class TwoProportionTest
{
    /// <summary>p for x1 of n1 against x2 of n2; NaN when either sample is empty; 1 when the pooled proportion is 0 or 1.</summary>
    public static double PValue(int x1, int n1, int x2, int n2)
    {
        if (n1 <= 0 || n2 <= 0) return double.NaN;
        var pooled = (x1 + x2) / (double)(n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) return 1;
        var z = Math.Abs(x1 / (double)n1 - x2 / (double)n2) / se;
        return Math.Min(1, Erfc(z / Math.Sqrt(2)));
    }

    /// <summary>The complementary error function, fractional error below 1.2e-7 (Numerical Recipes' erfcc), for x ≥ 0.</summary>
    public static double Erfc(double x)
    {
        var t = 1 / (1 + 0.5 * x);
        return t * Math.Exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851526 + t * (-0.82215223 + t * 0.17087277)))))))));
    }
}
