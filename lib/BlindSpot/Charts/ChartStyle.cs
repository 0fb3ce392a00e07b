using XPlot.Plotly;

namespace BlindSpot.Charts;

/// <summary>
/// The one visual style of every chart: a fixed colour per outcome (Okabe-Ito, colour-blind safe),
/// a neutral palette for any other category, one font, one size, white background.
/// </summary>
public static class ChartStyle
{
    public const string Resolved = "#009E73";
    public const string Escalated = "#E69F00";
    public const string Abandoned = "#D55E00";
    public const string CaseStudy = "#999999";
    public const string Ours = "#0072B2";

    public const string FontFamily = "Arial, Helvetica, sans-serif";
    public const double FontSize = 13;
    public const string FontColor = "#222222";
    public const string Background = "#ffffff";
    public const string GridColor = "#e5e5e5";
    public const int Width = 760;
    public const int Height = 440;

    /// <summary>
    /// Colours for categories without a fixed colour, taken in order (then again): none of them is a fixed
    /// colour, and none is green, orange or red, so no category looks like an outcome.
    /// </summary>
    public static IReadOnlyList<string> Neutral { get; } = ["#56B4E9", "#CC79A7", "#332288", "#882255", "#000000", "#44AA99", "#DDCC77", "#AA4499", "#117733", "#88CCEE"];

    /// <summary>Heatmap colours, from light (low) to dark (high).</summary>
    public static IReadOnlyList<string> Sequential { get; } = ["#f7fbff", "#08306b"];

    private static readonly Dictionary<string, string> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["resolved"] = Resolved,
        ["escalated"] = Escalated,
        ["abandoned"] = Abandoned,
        ["case study"] = CaseStudy,
        ["ours"] = Ours,
    };

    /// <summary>The fixed colour of an outcome (resolved, escalated, abandoned) or of "case study" / "ours", if any.</summary>
    public static string? FixedColor(string name) => Fixed.GetValueOrDefault(name.Trim());

    /// <summary>
    /// One colour per name: the fixed colour when the name has one, otherwise the next neutral colour
    /// (counted over the names without a fixed colour, so reordering outcomes never shifts the others).
    /// </summary>
    public static string[] ColorsFor(IReadOnlyList<string> names)
    {
        var next = 0;
        return [.. names.Select(n => FixedColor(n) ?? Neutral[next++ % Neutral.Count])];
    }

    public static Font Font() => new() { family = FontFamily, size = FontSize, color = FontColor };

    /// <summary>
    /// The layout of a bar chart with categories on x and bars side by side; when the category labels are too wide
    /// for their bands (plotly.js then slants them), the bottom margin grows so they are not cut off.
    /// </summary>
    public static Layout.Layout GroupedBarLayout(string title, string xTitle, string yTitle, IReadOnlyList<string> categories)
    {
        var layout = Layout(title);
        layout.margin.b = Svg.SvgFrame.BottomFor(categories, Width - 200);
        layout.barmode = "group";
        layout.showlegend = true;
        layout.xaxis = XAxis(xTitle);
        layout.xaxis.type = "category";
        layout.yaxis = YAxis(yTitle);
        return layout;
    }

    /// <summary>A layout with the title, the font, the size and the background set.</summary>
    public static Layout.Layout Layout(string title) => new()
    {
        title = title,
        font = Font(),
        width = Width,
        height = Height,
        paper_bgcolor = Background,
        plot_bgcolor = Background,
        margin = new Margin { l = 70, r = 30, t = 60, b = 60 },
    };

    /// <summary>A left margin wide enough for the longest y tick label and the y axis title beside it.</summary>
    public static double LeftMargin(IEnumerable<string> yTickLabels) =>
        Math.Max(70, Math.Ceiling(45 + 0.6 * FontSize * yTickLabels.Select(l => l.Length).DefaultIfEmpty(0).Max()));

    public static Xaxis XAxis(string title) => new() { title = title, gridcolor = GridColor, zeroline = false };

    public static Yaxis YAxis(string title) => new() { title = title, gridcolor = GridColor, zeroline = false };
}
