namespace BlindSpot.Core;

/// <summary>
/// Exact draws from Binomial(n, p) in time that does not grow with n: inversion when the mean is small, otherwise
/// Hörmann's BTRS (transformed rejection with squeeze, "The generation of binomial random variates", 1993), the method
/// TensorFlow and PyTorch use. What lets a bootstrap of ten million sessions draw each replicate as a multinomial over
/// a handful of kinds of session instead of ten million indices (<see cref="Multinomial"/>).
/// </summary>
public static class Binomial
{
    public static long Sample(SplitMixRandom random, long n, double p)
    {
        if (n < 0 || p is < 0 or > 1 || double.IsNaN(p)) throw new ArgumentOutOfRangeException(nameof(p), $"Binomial({n}, {p}) is not defined.");
        if (n == 0 || p == 0) return 0;
        if (p == 1) return n;
        if (p > 0.5) return n - Sample(random, n, 1 - p);
        return n * p < 10 ? Inversion(random, n, p) : Btrs(random, n, p);
    }

    /// <summary>Walks the cumulative distribution from 0 (expected steps: the mean, below 10 here).</summary>
    private static long Inversion(SplitMixRandom random, long n, double p)
    {
        var q = 1 - p;
        var s = p / q;
        var a = (n + 1) * s;
        var r = Math.Pow(q, n);
        var u = random.NextDouble();
        long x = 0;
        while (u > r && x < n)
        {
            u -= r;
            x++;
            r *= a / x - s;
        }
        return x;
    }

    private static long Btrs(SplitMixRandom random, long n, double p)
    {
        var q = 1 - p;
        var spq = Math.Sqrt(n * p * q);
        var b = 1.15 + 2.53 * spq;
        var a = -0.0873 + 0.0248 * b + 0.01 * p;
        var c = n * p + 0.5;
        var alpha = (2.83 + 5.1 / b) * spq;
        var logOdds = Math.Log(p / q);
        var m = Math.Floor((n + 1) * p);
        var h = LogFactorial((long)m) + LogFactorial(n - (long)m);
        var vr = 0.92 - 4.2 / b;
        while (true)
        {
            var u = random.NextDouble() - 0.5;
            var v = random.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) continue;
            if (us >= 0.07 && v <= vr) return (long)k;
            v = Math.Log(v * alpha / (a / (us * us) + b));
            if (v <= h - LogFactorial((long)k) - LogFactorial(n - (long)k) + (k - m) * logOdds) return (long)k;
        }
    }

    private static readonly double[] SmallLogFactorials = BuildSmall(256);

    /// <summary>ln k!: exact sums below 256, Stirling's series beyond (error below 1e-15 there).</summary>
    public static double LogFactorial(long k)
    {
        if (k < SmallLogFactorials.Length) return SmallLogFactorials[k];
        var x = (double)k;
        var inverse = 1 / x;
        var inverse2 = inverse * inverse;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
    }

    private static double[] BuildSmall(int count)
    {
        var table = new double[count];
        for (var i = 2; i < count; i++) table[i] = table[i - 1] + Math.Log(i);
        return table;
    }
}

/// <summary>
/// A multinomial draw of <c>n</c> items over categories with the given counts (the items' own multiplicities), as a run
/// of conditional binomials: the same distribution as drawing <c>n</c> items one by one with replacement and counting
/// each category, at a cost that grows with the categories, not with <c>n</c>.
/// </summary>
public static class Multinomial
{
    public static long[] Sample(SplitMixRandom random, long n, IReadOnlyList<long> counts)
    {
        var draws = new long[counts.Count];
        var remainingMass = 0L;
        foreach (var c in counts) remainingMass += c;
        var remaining = n;
        for (var k = 0; k < counts.Count && remaining > 0; k++)
        {
            if (k == counts.Count - 1 || counts[k] == remainingMass) { draws[k] = remaining; break; }
            draws[k] = Binomial.Sample(random, remaining, (double)counts[k] / remainingMass);
            remaining -= draws[k];
            remainingMass -= counts[k];
        }
        return draws;
    }
}
