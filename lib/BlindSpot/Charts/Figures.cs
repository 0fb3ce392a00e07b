using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

/// <summary>
/// The chart builders every notebook uses. Each returns a <see cref="Figure"/> in <see cref="ChartStyle"/>,
/// validates its input (an <see cref="ArgumentException"/> names the mismatch) and is deterministic.
/// </summary>
public static partial class Figures
{
    private static Figure Build(string title, IEnumerable<Trace> traces, Layout.Layout layout, DataFrame table, string svg)
    {
        var chart = Chart.Plot(traces, layout);
        chart.WithSize(ChartStyle.Width, ChartStyle.Height);
        chart.WithId(Figure.DefaultElementId);
        return new Figure(title, chart, table, svg);
    }
}
