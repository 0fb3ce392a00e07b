using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

public static partial class Figures
{
    /// <summary>
    /// One box per group, in the order given, with every observation drawn as a jittered point beside it.
    /// Groups named after an outcome get their fixed colours. The table has each group's summary.
    /// </summary>
    public static Figure Box(string title, string yTitle, IReadOnlyList<BoxGroup> groups, string xTitle = "group")
    {
        ChartInput.Title(title);
        ChartInput.Title(yTitle, nameof(yTitle));
        ChartInput.Title(xTitle, nameof(xTitle));
        ChartInput.NotEmpty(groups, nameof(groups));
        ChartInput.Names([.. groups.Select(g => g?.Name ?? "")], "group names");
        foreach (var g in groups)
        {
            ChartInput.NotEmpty(g.Values, $"group \"{g.Name}\" values");
            ChartInput.Finite(g.Values, $"group \"{g.Name}\" values");
        }

        var colors = ChartStyle.ColorsFor([.. groups.Select(g => g.Name)]);
        var boxes = groups.Select((g, i) => new XPlot.Plotly.Box
        {
            name = PlotlyText.Literal(g.Name),
            y = g.Values.ToArray(),
            boxpoints = "all",
            jitter = 0.4,
            pointpos = -1.6,
            showlegend = false,
            marker = new Marker { color = colors[i], size = 4, opacity = 0.6 },
            line = new Line { color = colors[i] },
        }).ToList();
        var layout = ChartStyle.Layout(title);
        layout.showlegend = false;
        layout.xaxis = ChartStyle.XAxis(xTitle);
        layout.yaxis = ChartStyle.YAxis(yTitle);

        var sorted = groups.Select(g => g.Values.Order().ToArray()).ToList();
        var table = new DataFrame(
            new StringDataFrameColumn(xTitle, groups.Select(g => g.Name)),
            new Int32DataFrameColumn("n", groups.Select(g => g.Values.Count)),
            new DoubleDataFrameColumn("min", sorted.Select(s => s[0])),
            new DoubleDataFrameColumn("q1", sorted.Select(s => Quantile(s, 0.25))),
            new DoubleDataFrameColumn("median", sorted.Select(s => Quantile(s, 0.5))),
            new DoubleDataFrameColumn("q3", sorted.Select(s => Quantile(s, 0.75))),
            new DoubleDataFrameColumn("max", sorted.Select(s => s[^1])),
            new DoubleDataFrameColumn("mean", sorted.Select(s => s.Average())));
        return Build(title, boxes, layout, table, Svg.SvgCharts.Box(title, xTitle, yTitle, groups, colors));
    }

    /// <summary>Linear interpolation between order statistics (R type 7, numpy's default).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
