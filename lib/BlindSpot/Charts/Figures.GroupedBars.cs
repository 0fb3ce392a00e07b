using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

public static partial class Figures
{
    /// <summary>
    /// One group of bars per category, one bar per series, with symmetric error bars for the series that
    /// have them. Series named after an outcome (or "case study" / "ours") get their fixed colours.
    /// </summary>
    public static Figure GroupedBars(
        string title, string xTitle, string yTitle, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series)
    {
        ChartInput.Title(title);
        ChartInput.Title(xTitle, nameof(xTitle));
        ChartInput.Title(yTitle, nameof(yTitle));
        ChartInput.Names(categories, nameof(categories));
        ChartInput.NotEmpty(series, nameof(series));
        ChartInput.Names([.. series.Select(s => s?.Name ?? "")], "series names");
        foreach (var s in series)
        {
            ChartInput.SameLength(categories, nameof(categories), s.Values, $"series \"{s.Name}\" values");
            ChartInput.Finite(s.Values, $"series \"{s.Name}\" values");
            if (s.Errors is null) continue;
            ChartInput.SameLength(categories, nameof(categories), s.Errors, $"series \"{s.Name}\" errors");
            ChartInput.Finite(s.Errors, $"series \"{s.Name}\" errors");
            if (s.Errors.Any(e => e < 0)) throw new ArgumentException($"series \"{s.Name}\" errors has a negative value.", nameof(series));
        }

        var colors = ChartStyle.ColorsFor([.. series.Select(s => s.Name)]);
        var bars = series.Select((s, i) => BarTrace(s, categories, colors[i])).ToList();
        var layout = ChartStyle.GroupedBarLayout(title, xTitle, yTitle, categories);

        var columns = new List<DataFrameColumn> { new StringDataFrameColumn(xTitle, categories) };
        foreach (var s in series)
        {
            columns.Add(new DoubleDataFrameColumn(s.Name, s.Values));
            if (s.Errors is not null) columns.Add(new DoubleDataFrameColumn($"{s.Name} ±", s.Errors));
        }
        var svg = Svg.SvgCharts.Bars(title, xTitle, yTitle, categories, [.. series.Select((s, i) => new Svg.SvgBarSeries(s.Name, colors[i], s.Values,
            s.Errors?.Select((e, k) => s.Values[k] - e).ToList(), s.Errors?.Select((e, k) => s.Values[k] + e).ToList()))]);
        return Build(title, bars, layout, new DataFrame(columns), svg);
    }

    private static Bar BarTrace(BarSeries s, IReadOnlyList<string> categories, string color)
    {
        var bar = new Bar { name = PlotlyText.Literal(s.Name), x = PlotlyText.Literal(categories), y = s.Values.ToArray(), marker = new Marker { color = color } };
        if (s.Errors is not null)
            bar.error_y = new Error_y
            {
                type = "data", symmetric = true, array = s.Errors.ToArray(), visible = true,
                color = ChartStyle.FontColor, thickness = 1.5, width = 4,
            };
        return bar;
    }
}
