using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

/// <summary>One bar series with an interval per bar (asymmetric, e.g. a bootstrap percentile interval).</summary>
public sealed record IntervalSeries(string Name, IReadOnlyList<double> Values, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper);

/// <summary>A horizontal reference line across the chart (e.g. the overall rate), dashed, named in the legend.</summary>
public sealed record ReferenceLine(string Name, double Value);

public static partial class Figures
{
    /// <summary>
    /// Grouped bars with an asymmetric interval on each bar and optional dashed horizontal reference lines. The table has
    /// the category, then per series its value, lower and upper bound, then one column per reference line.
    /// </summary>
    public static Figure IntervalBars(string title, string xTitle, string yTitle, IReadOnlyList<string> categories,
                                      IReadOnlyList<IntervalSeries> series, IReadOnlyList<ReferenceLine>? lines = null)
    {
        ChartInput.Title(title);
        ChartInput.Title(xTitle, nameof(xTitle));
        ChartInput.Title(yTitle, nameof(yTitle));
        ChartInput.Names(categories, nameof(categories));
        ChartInput.NotEmpty(series, nameof(series));
        lines ??= [];
        ChartInput.Names([.. series.Select(s => s?.Name ?? ""), .. lines.Select(l => l?.Name ?? "")], "series and line names");
        foreach (var s in series)
        {
            foreach (var (values, what) in new[] { (s.Values, "values"), (s.Lower, "lower"), (s.Upper, "upper") })
            {
                ChartInput.SameLength(categories, nameof(categories), values, $"series \"{s.Name}\" {what}");
                ChartInput.Finite(values, $"series \"{s.Name}\" {what}");
            }
            for (var i = 0; i < categories.Count; i++)
                if (s.Lower[i] > s.Values[i] || s.Upper[i] < s.Values[i])
                    throw new ArgumentException($"series \"{s.Name}\": the interval of \"{categories[i]}\" does not contain its value.", nameof(series));
        }
        ChartInput.Finite([.. lines.Select(l => l.Value)], "reference line values");

        var colors = ChartStyle.ColorsFor([.. series.Select(s => s.Name)]);
        var traces = new List<Trace>();
        traces.AddRange(series.Select((s, i) => new Bar
        {
            name = PlotlyText.Literal(s.Name), x = PlotlyText.Literal(categories), y = s.Values.ToArray(), marker = new Marker { color = colors[i] },
            error_y = new Error_y
            {
                type = "data", symmetric = false, visible = true, color = ChartStyle.FontColor, thickness = 1.5, width = 4,
                array = s.Values.Select((v, k) => s.Upper[k] - v).ToArray(), arrayminus = s.Values.Select((v, k) => v - s.Lower[k]).ToArray(),
            },
        }));
        traces.AddRange(lines.Select(l => new Scatter
        {
            name = PlotlyText.Literal(l.Name), x = PlotlyText.Literal(categories), y = categories.Select(_ => l.Value).ToArray(), mode = "lines",
            line = new Line { color = ChartStyle.FontColor, width = 1.5, dash = "dash" },
        }));
        var layout = ChartStyle.GroupedBarLayout(title, xTitle, yTitle, categories);

        var columns = new List<DataFrameColumn> { new StringDataFrameColumn(xTitle, categories) };
        foreach (var s in series)
        {
            columns.Add(new DoubleDataFrameColumn(s.Name, s.Values));
            columns.Add(new DoubleDataFrameColumn($"{s.Name} lower", s.Lower));
            columns.Add(new DoubleDataFrameColumn($"{s.Name} upper", s.Upper));
        }
        foreach (var l in lines) columns.Add(new DoubleDataFrameColumn(l.Name, categories.Select(_ => l.Value)));
        var svg = Svg.SvgCharts.Bars(title, xTitle, yTitle, categories,
            [.. series.Select((s, i) => new Svg.SvgBarSeries(s.Name, colors[i], s.Values, s.Lower, s.Upper))], lines);
        return Build(title, traces, layout, new DataFrame(columns), svg);
    }
}
