using System.Globalization;
using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Summary;

/// <summary>
/// One figure over the seeds: its mean, standard deviation (n − 1) and 2.5th / 97.5th percentiles (linear interpolation
/// between order statistics) over the seeds where it is defined; <see cref="Undefined"/> counts the seeds where it is
/// not (NaN: e.g. a group with no failure), so a mean over fewer seeds says so.
/// </summary>
public sealed record FigureSpread(string Figure, int Seeds, int Undefined, double Mean, double Sd, double Lower, double Upper)
{
    /// <summary>"mean [lower, upper]" with <paramref name="format"/>, and how many seeds had no value if any did.</summary>
    public string Describe(string format = "0.000", double scale = 1)
    {
        string F(double v) => (v * scale).ToString(format, CultureInfo.InvariantCulture);
        var missing = Undefined > 0 ? $"; undefined in {Undefined} of {Seeds}" : "";
        return Seeds - Undefined == 0 ? "undefined in every seed" : $"{F(Mean)} [{F(Lower)}, {F(Upper)}] over {Seeds} seeds{missing}";
    }
}

/// <summary>The spread of every figure of a sweep (<see cref="SeedSweep"/>), read back from its tidy table.</summary>
public sealed class SweepSummary
{
    private readonly Dictionary<string, FigureSpread> _figures;

    public SweepSummary(IEnumerable<SeedFigure> rows)
    {
        var list = rows.ToList();
        Seeds = list.Select(r => r.Seed).Distinct().Count();
        BySeed = [.. list.GroupBy(r => r.Seed).OrderBy(g => g.Key).Select(g => (IReadOnlyDictionary<string, double>)g.ToDictionary(r => r.Figure, r => r.Value, StringComparer.Ordinal))];
        _figures = list.GroupBy(r => r.Figure, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Spread(g.Key, g.Select(r => r.Value).ToList()), StringComparer.Ordinal);
        Figures = [.. _figures.Values.OrderBy(f => f.Figure, StringComparer.Ordinal)];
    }

    public int Seeds { get; }

    public IReadOnlyList<FigureSpread> Figures { get; }

    /// <summary>Each seed's figures, by name, in seed order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double>> BySeed { get; }

    /// <summary>In how many seeds <paramref name="rule"/> holds, out of the seeds where its figures are defined.</summary>
    public (int Holds, int Defined) Count(SeedRule rule) => Count(BySeed.Select(rule.Holds));

    /// <summary>
    /// As <see cref="Count(SeedRule)"/>, with one figure set to <paramref name="value"/> in every seed: how a verdict moves
    /// with a choice the run recorded (e.g. <see cref="SweepFigures.TurnsToAct"/>), without sweeping again.
    /// </summary>
    public (int Holds, int Defined) Count(SeedRule rule, string figure, double value) =>
        Count(BySeed.Select(seed => rule.Holds(new Dictionary<string, double>(seed, StringComparer.Ordinal) { [figure] = value })));

    private static (int Holds, int Defined) Count(IEnumerable<bool?> perSeed)
    {
        var results = perSeed.Where(h => h is not null).ToList();
        return (results.Count(h => h == true), results.Count);
    }

    public FigureSpread? this[string figure] => _figures.GetValueOrDefault(figure);

    public static FigureSpread Spread(string figure, IReadOnlyList<double> values)
    {
        var defined = values.Where(double.IsFinite).Order().ToArray();
        if (defined.Length == 0) return new(figure, values.Count, values.Count, double.NaN, double.NaN, double.NaN, double.NaN);
        var mean = defined.Average();
        var sd = defined.Length < 2 ? double.NaN : Math.Sqrt(defined.Sum(v => (v - mean) * (v - mean)) / (defined.Length - 1));
        var interval = Interval.Percentile(defined, 0.95);
        return new(figure, values.Count, values.Count - defined.Length, mean, sd, interval.Lower, interval.Upper);
    }

    /// <summary>figure, seeds, undefined, mean, sd, p2_5, p97_5 (4 decimals).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("figure", Figures.Select(f => f.Figure)),
        new Int32DataFrameColumn("seeds", Figures.Select(f => f.Seeds)),
        new Int32DataFrameColumn("undefined", Figures.Select(f => f.Undefined)),
        new DoubleDataFrameColumn("mean", Figures.Select(f => Math.Round(f.Mean, 4))),
        new DoubleDataFrameColumn("sd", Figures.Select(f => Math.Round(f.Sd, 4))),
        new DoubleDataFrameColumn("p2_5", Figures.Select(f => Math.Round(f.Lower, 4))),
        new DoubleDataFrameColumn("p97_5", Figures.Select(f => Math.Round(f.Upper, 4))));
}
