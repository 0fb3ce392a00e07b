using System.Globalization;

namespace BlindSpot.Charts.Svg;

/// <summary>A linear axis from <see cref="Min"/> to <see cref="Max"/> with round ticks (1, 2 or 5 times a power of ten).</summary>
internal sealed class SvgScale
{
    private SvgScale(double min, double max, double step)
    {
        Min = min;
        Max = max;
        Step = step;
    }

    public double Min { get; }
    public double Max { get; }
    public double Step { get; }

    /// <summary>A scale covering every value, widened to round ticks; <paramref name="includeZero"/> for bars.</summary>
    public static SvgScale Covering(IEnumerable<double> values, bool includeZero, int targetTicks = 5)
    {
        var list = values.Where(double.IsFinite).ToList();
        if (includeZero) list.Add(0);
        if (list.Count == 0) list.AddRange([0, 1]);
        double lo = list.Min(), hi = list.Max();
        if (hi - lo < 1e-12)
        {
            var pad = Math.Abs(lo) > 1e-12 ? Math.Abs(lo) * 0.1 : 1;
            (lo, hi) = (lo - pad, hi + pad);
        }
        var step = NiceStep((hi - lo) / targetTicks);
        var min = Math.Floor(lo / step + 1e-9) * step;
        var max = Math.Ceiling(hi / step - 1e-9) * step;
        return new SvgScale(min, max, step);
    }

    public static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var f = raw / power;
        var nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    public IEnumerable<double> Ticks()
    {
        var n = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= n; i++) yield return Min + i * Step;
    }

    /// <summary>A tick value with as many decimals as the step needs, "−" for negatives as plotly writes them.</summary>
    public string Label(double tick)
    {
        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(Step) + 1e-9));
        var rounded = Math.Round(tick, decimals);
        if (rounded == 0) rounded = 0;
        return rounded.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);
    }

    /// <summary>Pixel position of <paramref name="v"/> between <paramref name="from"/> (at Min) and <paramref name="to"/> (at Max).</summary>
    public double Map(double v, double from, double to) => from + (v - Min) / (Max - Min) * (to - from);
}
