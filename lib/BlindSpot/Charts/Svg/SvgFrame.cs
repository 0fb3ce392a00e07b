namespace BlindSpot.Charts.Svg;

/// <summary>How a legend entry is drawn: a filled square, a line, or a dashed line.</summary>
internal enum LegendMark { Box, Line, Dashed }

internal sealed record LegendEntry(string Name, string Color, LegendMark Mark = LegendMark.Box);

/// <summary>
/// The parts every chart shares: the title at the top (wrapped to two lines when long), a legend at the right, the
/// plot area left between them, axes with grid lines, tick labels and titles.
/// </summary>
internal sealed class SvgFrame
{
    private const double Font = ChartStyle.FontSize;

    public SvgFrame(SvgCanvas canvas, string title, IReadOnlyList<LegendEntry> legend, double left = 70, double bottom = 60)
    {
        Canvas = canvas;
        var lines = TitleLines(title, canvas.Width - 40);
        for (var i = 0; i < lines.Count; i++)
            canvas.Text(canvas.Width / 2.0, 26 + i * 20, lines[i].Text, "middle", lines[i].Sub ? Font : Font + 4);
        Top = Math.Max(60, 26 + lines.Count * 20 + 14);
        var legendWidth = legend.Count == 0 ? 0 : legend.Max(e => SvgCanvas.TextWidth(e.Name)) + 40;
        Right = canvas.Width - 30 - legendWidth;
        Left = left;
        Bottom = canvas.Height - bottom;
        for (var i = 0; i < legend.Count; i++)
        {
            var x = Right + 20;
            var y = Top + 10 + i * 22;
            var e = legend[i];
            if (e.Mark == LegendMark.Box) canvas.Rect(x, y - 6, 14, 12, e.Color);
            else canvas.Line(x, y, x + 18, y, e.Color, 2, e.Mark == LegendMark.Dashed);
            canvas.Text(x + 24, y + 4.5, e.Name);
        }
    }

    public SvgCanvas Canvas { get; }
    public double Left { get; }
    public double Right { get; }
    public double Top { get; }
    public double Bottom { get; }
    public double PlotWidth => Right - Left;

    /// <summary>The left margin for y tick labels of this length plus the axis title.</summary>
    public static double LeftFor(IEnumerable<string> yTickLabels) => Math.Max(70, 40 + yTickLabels.Select(l => SvgCanvas.TextWidth(l)).DefaultIfEmpty(0).Max());

    /// <summary>
    /// <paramref name="left"/>, widened so that slanted category labels (which extend left of their band's centre)
    /// stay on the canvas.
    /// </summary>
    public static double LeftForBands(double left, IReadOnlyList<string> categories, double plotWidth)
    {
        var band = plotWidth / categories.Count;
        if (categories.Max(c => SvgCanvas.TextWidth(c)) <= band - 6) return left;
        var needed = categories.Select((c, i) => 0.87 * SvgCanvas.TextWidth(c) - (i + 0.5) * band + 10).Max();
        return Math.Max(left, Math.Min(needed, 200));
    }

    /// <summary>The bottom margin for category labels of a band axis (rotated when they do not fit their band).</summary>
    public static double BottomFor(IReadOnlyList<string> categories, double plotWidth)
    {
        var widest = categories.Max(c => SvgCanvas.TextWidth(c));
        return widest <= plotWidth / categories.Count - 6 ? 60 : Math.Min(170, 45 + widest * 0.5 + 10);
    }

    public double Y(SvgScale scale, double v) => scale.Map(v, Bottom, Top);

    public void YAxis(SvgScale scale, string title)
    {
        foreach (var t in scale.Ticks())
        {
            var y = Y(scale, t);
            Canvas.Line(Left, y, Right, y, ChartStyle.GridColor);
            Canvas.Text(Left - 6, y + 4.5, scale.Label(t), "end");
        }
        Canvas.Text(16, (Top + Bottom) / 2, title, "middle", rotate: -90);
    }

    public void XNumeric(SvgScale scale, string title)
    {
        foreach (var t in scale.Ticks())
        {
            var x = scale.Map(t, Left, Right);
            Canvas.Line(x, Top, x, Bottom, ChartStyle.GridColor);
            Canvas.Text(x, Bottom + 18, scale.Label(t), "middle");
        }
        Canvas.Text((Left + Right) / 2, Canvas.Height - 16, title, "middle");
    }

    /// <summary>Category labels under their bands; the centre of band i is <see cref="BandCentre"/>.</summary>
    public void XBands(IReadOnlyList<string> categories, string title)
    {
        var band = PlotWidth / categories.Count;
        var rotate = categories.Max(c => SvgCanvas.TextWidth(c)) > band - 6;
        for (var i = 0; i < categories.Count; i++)
        {
            var x = BandCentre(i, categories.Count);
            if (rotate) Canvas.Text(x + 4, Bottom + 14, categories[i], "end", rotate: -30);
            else Canvas.Text(x, Bottom + 18, categories[i], "middle");
        }
        Canvas.Text((Left + Right) / 2, Canvas.Height - 12, title, "middle");
    }

    public double BandCentre(int i, int count) => Left + (i + 0.5) * PlotWidth / count;

    public void Axes() => Canvas.Line(Left, Bottom, Right, Bottom, ChartStyle.FontColor);

    /// <summary>The title split at "&lt;br&gt;" (the part after it drawn smaller) and wrapped at a space when too wide.</summary>
    private static List<(string Text, bool Sub)> TitleLines(string title, double width)
    {
        var parts = title.Split("<br>", 2, StringSplitOptions.None);
        var lines = Wrap(parts[0], width, Font + 4).Select(l => (l, false)).ToList();
        if (parts.Length > 1)
            lines.AddRange(Wrap(parts[1].Replace("<sub>", "").Replace("</sub>", ""), width, Font).Select(l => (l, true)));
        return lines;
    }

    private static IEnumerable<string> Wrap(string text, double width, double size)
    {
        if (SvgCanvas.TextWidth(text, size) <= width) { yield return text; yield break; }
        var words = text.Split(' ');
        var line = "";
        foreach (var w in words)
        {
            var next = line.Length == 0 ? w : line + " " + w;
            if (line.Length > 0 && SvgCanvas.TextWidth(next, size) > width) { yield return line; line = w; }
            else line = next;
        }
        if (line.Length > 0) yield return line;
    }
}
