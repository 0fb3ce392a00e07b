using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

public static partial class Figures
{
    /// <summary>
    /// Shares of a whole, in the order given (clockwise from the top), labelled with percentages.
    /// Outcome labels (resolved, escalated, abandoned) always get their fixed colours.
    /// </summary>
    public static Figure Donut(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values)
    {
        ChartInput.Title(title);
        ChartInput.Names(labels, nameof(labels));
        ChartInput.SameLength(labels, nameof(labels), values, nameof(values));
        ChartInput.Finite(values, nameof(values));
        if (values.Any(v => v < 0)) throw new ArgumentException("values has a negative share.", nameof(values));
        var total = values.Sum();
        if (total <= 0) throw new ArgumentException("values sum to 0: nothing to share.", nameof(values));

        var colors = ChartStyle.ColorsFor(labels);
        var pie = new Pie
        {
            labels = PlotlyText.Literal(labels),
            values = values.ToArray(),
            hole = 0.45,
            sort = false,
            direction = "clockwise",
            textinfo = "label+percent",
            hoverinfo = "label+value+percent",
            marker = new Marker { colors = colors, line = new Line { color = ChartStyle.Background, width = 2 } },
        };
        var layout = ChartStyle.Layout(title);
        layout.showlegend = true;

        var table = new DataFrame(
            new StringDataFrameColumn("label", labels),
            new DoubleDataFrameColumn("value", values),
            new DoubleDataFrameColumn("percent", values.Select(v => Math.Round(100 * v / total, 1))));
        return Build(title, [pie], layout, table, Svg.SvgCharts.Donut(title, labels, values, colors));
    }
}
