namespace BlindSpot.Core;

/// <summary>
/// Student's t distribution: the upper quantile by bisection on the CDF, the CDF from the regularized incomplete beta
/// function (continued fraction, Numerical Recipes §6.4). Accurate to about 1e-9, which is far more than an interval
/// quoted to one decimal needs.
/// </summary>
public static class StudentT
{
    /// <summary>The t with <paramref name="df"/> degrees of freedom below which a share <paramref name="p"/> lies (p in (0.5, 1)).</summary>
    public static double Quantile(double p, int df)
    {
        if (df < 1) throw new ArgumentOutOfRangeException(nameof(df), df, "Degrees of freedom must be at least 1.");
        if (p is <= 0.5 or >= 1) throw new ArgumentOutOfRangeException(nameof(p), p, "Use an upper quantile between 0.5 and 1.");
        double lo = 0, hi = 1;
        while (Cdf(hi, df) < p) hi *= 2;
        for (var i = 0; i < 200 && hi - lo > 1e-12; i++)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(mid, df) < p) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /// <summary>P(T ≤ t) for t ≥ 0.</summary>
    public static double Cdf(double t, int df) => 1 - 0.5 * RegularizedBeta(df / (df + t * t), df / 2.0, 0.5);

    private static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2) ? front * ContinuedFraction(x, a, b) / a : 1 - front * ContinuedFraction(1 - x, b, a) / b;
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.Abs(d) < tiny ? tiny : d);
        var h = d;
        for (var m = 1; m <= 300; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / (Math.Abs(1 + aa * d) < tiny ? tiny : 1 + aa * d);
            c = 1 + aa / c; if (Math.Abs(c) < tiny) c = tiny;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / (Math.Abs(1 + aa * d) < tiny ? tiny : 1 + aa * d);
            c = 1 + aa / c; if (Math.Abs(c) < tiny) c = tiny;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15) break;
        }
        return h;
    }

    /// <summary>ln Γ(x) for x > 0 (Lanczos, g = 7).</summary>
    private static double LogGamma(double x)
    {
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                      12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < 9; i++) sum += g[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
