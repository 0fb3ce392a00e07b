using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

public static partial class Figures
{
    /// <summary>One line with markers per series, points joined in the order given.</summary>
    public static Figure Lines(string title, string xTitle, string yTitle, IReadOnlyList<LineSeries> series)
    {
        ChartInput.Title(title);
        ChartInput.Title(xTitle, nameof(xTitle));
        ChartInput.Title(yTitle, nameof(yTitle));
        ChartInput.NotEmpty(series, nameof(series));
        ChartInput.Names([.. series.Select(s => s?.Name ?? "")], "series names");
        foreach (var s in series)
        {
            ChartInput.NotEmpty(s.X, $"series \"{s.Name}\" x");
            ChartInput.SameLength(s.X, $"series \"{s.Name}\" x", s.Y, $"series \"{s.Name}\" y");
            ChartInput.Finite(s.X, $"series \"{s.Name}\" x");
            ChartInput.Finite(s.Y, $"series \"{s.Name}\" y");
        }

        var colors = ChartStyle.ColorsFor([.. series.Select(s => s.Name)]);
        var lines = series.Select((s, i) => new Scatter
        {
            name = PlotlyText.Literal(s.Name),
            x = s.X.ToArray(),
            y = s.Y.ToArray(),
            mode = "lines+markers",
            line = new Line { color = colors[i], width = 2 },
            marker = new Marker { color = colors[i], size = 6 },
        }).ToList();
        var layout = ChartStyle.Layout(title);
        layout.showlegend = true;
        layout.xaxis = ChartStyle.XAxis(xTitle);
        layout.yaxis = ChartStyle.YAxis(yTitle);

        var table = new DataFrame(
            new StringDataFrameColumn("series", series.SelectMany(s => s.X.Select(_ => s.Name))),
            new DoubleDataFrameColumn(xTitle, series.SelectMany(s => s.X)),
            new DoubleDataFrameColumn(yTitle, series.SelectMany(s => s.Y)));
        return Build(title, lines, layout, table, Svg.SvgCharts.Lines(title, xTitle, yTitle, series, colors));
    }
}
