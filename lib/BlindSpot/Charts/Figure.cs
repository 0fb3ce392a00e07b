using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace BlindSpot.Charts;

/// <summary>
/// A chart and the numbers it plots: <see cref="Chart"/> for readers that run JavaScript, <see cref="Svg"/> for
/// viewers that show images but strip scripts, <see cref="Table"/> (and <see cref="ToString"/>) for text.
/// </summary>
public sealed class Figure
{
    /// <summary>The element id a figure's chart carries until a display sets its own (never random).</summary>
    public const string DefaultElementId = "blindspot-figure";

    public Figure(string title, PlotlyChart chart, DataFrame table, string svg)
    {
        ChartInput.Title(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(svg);
        Title = title;
        Chart = chart ?? throw new ArgumentNullException(nameof(chart));
        Table = table ?? throw new ArgumentNullException(nameof(table));
        Svg = svg;
    }

    public string Title { get; }

    public PlotlyChart Chart { get; }

    /// <summary>
    /// The same chart as a static SVG image, drawn by the library from the same numbers (no browser, same bytes on
    /// every machine): what a reader sees where scripts do not run.
    /// </summary>
    public string Svg { get; }

    /// <summary>The plotted numbers, one row per plotted item.</summary>
    public DataFrame Table { get; }

    /// <summary>The title, then the table as aligned text (strings left, numbers right).</summary>
    public override string ToString() => Title + "\n\n" + TableText.Format(Table);
}
