using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

public static partial class Figures
{
    /// <summary>
    /// A matrix of colours, <paramref name="z"/>[row, column] with rows = <paramref name="yLabels"/> (first row
    /// at the top, as a confusion matrix reads) and columns = <paramref name="xLabels"/>; with
    /// <paramref name="annotate"/>, each cell shows its value.
    /// </summary>
    public static Figure Heatmap(
        string title, string xTitle, string yTitle,
        IReadOnlyList<string> xLabels, IReadOnlyList<string> yLabels, double[,] z, bool annotate = true)
    {
        ChartInput.Title(title);
        ChartInput.Title(xTitle, nameof(xTitle));
        ChartInput.Title(yTitle, nameof(yTitle));
        ChartInput.Names(xLabels, nameof(xLabels));
        ChartInput.Names(yLabels, nameof(yLabels));
        ArgumentNullException.ThrowIfNull(z);
        if (z.GetLength(0) != yLabels.Count)
            throw new ArgumentException($"z has {z.GetLength(0)} rows but yLabels has {yLabels.Count}.", nameof(z));
        if (z.GetLength(1) != xLabels.Count)
            throw new ArgumentException($"z has {z.GetLength(1)} columns but xLabels has {xLabels.Count}.", nameof(z));
        var rows = Enumerable.Range(0, yLabels.Count)
            .Select(r => Enumerable.Range(0, xLabels.Count).Select(c => z[r, c]).ToArray()).ToArray();
        for (var r = 0; r < rows.Length; r++) ChartInput.Finite(rows[r], $"z row {r}");

        var heatmap = new XPlot.Plotly.Heatmap
        {
            z = rows,
            x = PlotlyText.Literal(xLabels),
            y = PlotlyText.Literal(yLabels),
            colorscale = new object[][] { [0, ChartStyle.Sequential[0]], [1, ChartStyle.Sequential[^1]] },
            showscale = true,
        };
        var layout = ChartStyle.Layout(title);
        layout.xaxis = ChartStyle.XAxis(xTitle);
        layout.xaxis.type = "category";
        layout.yaxis = ChartStyle.YAxis(yTitle);
        layout.yaxis.type = "category";
        layout.yaxis.autorange = "reversed";
        layout.margin.l = ChartStyle.LeftMargin(yLabels);
        if (annotate) layout.annotations = Annotations(xLabels, yLabels, rows);

        var columns = new List<DataFrameColumn> { new StringDataFrameColumn($"{yTitle} \\ {xTitle}", yLabels) };
        for (var c = 0; c < xLabels.Count; c++)
            columns.Add(new DoubleDataFrameColumn(xLabels[c], rows.Select(row => row[c])));
        return Build(title, [heatmap], layout, new DataFrame(columns), Svg.SvgCharts.Heatmap(title, xTitle, yTitle, xLabels, yLabels, rows, annotate));
    }

    /// <summary>The cell values as text, dark on light cells and white on dark ones.</summary>
    private static Annotation[] Annotations(IReadOnlyList<string> xLabels, IReadOnlyList<string> yLabels, double[][] rows)
    {
        var all = rows.SelectMany(r => r).ToArray();
        var (min, max) = (all.Min(), all.Max());
        return [.. rows.SelectMany((row, r) => row.Select((v, c) => new Annotation
        {
            x = PlotlyText.Literal(xLabels[c]),
            y = PlotlyText.Literal(yLabels[r]),
            text = TableText.Cell(v),
            showarrow = false,
            font = new Font
            {
                family = ChartStyle.FontFamily,
                size = ChartStyle.FontSize,
                color = max > min && (v - min) / (max - min) > 0.5 ? "#ffffff" : ChartStyle.FontColor,
            },
        }))];
    }
}
