namespace BlindSpot.Charts.Svg;

/// <summary>
/// The static picture of each chart kind, drawn from the same numbers as its plotly chart: what a reader sees where
/// scripts do not run (a code host, a mail, a PDF). Same input, same bytes.
/// </summary>
internal static class SvgCharts
{
    public static string Bars(string title, string xTitle, string yTitle, IReadOnlyList<string> categories,
                              IReadOnlyList<SvgBarSeries> series, IReadOnlyList<ReferenceLine>? lines = null)
    {
        lines ??= [];
        var canvas = New();
        var scale = SvgScale.Covering(series.SelectMany(s => s.Values.Concat(s.Lower ?? []).Concat(s.Upper ?? []))
            .Concat(lines.Select(l => l.Value)), includeZero: true);
        var legend = series.Select(s => new LegendEntry(s.Name, s.Color))
            .Concat(lines.Select(l => new LegendEntry(l.Name, ChartStyle.FontColor, LegendMark.Dashed))).ToList();
        var left = SvgFrame.LeftForBands(SvgFrame.LeftFor(scale.Ticks().Select(scale.Label)), categories, canvas.Width - 270);
        var frame = new SvgFrame(canvas, title, legend, left, SvgFrame.BottomFor(categories, canvas.Width - left - 200));
        frame.YAxis(scale, yTitle);
        if (scale.Min < 0) canvas.Line(frame.Left, frame.Y(scale, 0), frame.Right, frame.Y(scale, 0), ChartStyle.FontColor);
        var band = frame.PlotWidth / categories.Count;
        var barWidth = band * 0.8 / series.Count;
        for (var c = 0; c < categories.Count; c++)
            for (var s = 0; s < series.Count; s++)
            {
                var x = frame.Left + c * band + band * 0.1 + s * barWidth;
                var v = series[s].Values[c];
                var (y0, y1) = (frame.Y(scale, 0), frame.Y(scale, v));
                canvas.Rect(x + 1, Math.Min(y0, y1), barWidth - 2, Math.Abs(y0 - y1), series[s].Color);
                if (series[s].Lower is { } lo && series[s].Upper is { } hi)
                {
                    var mid = x + barWidth / 2;
                    var (top, bottom) = (frame.Y(scale, hi[c]), frame.Y(scale, lo[c]));
                    canvas.Line(mid, top, mid, bottom, ChartStyle.FontColor, 1.5);
                    canvas.Line(mid - 4, top, mid + 4, top, ChartStyle.FontColor, 1.5);
                    canvas.Line(mid - 4, bottom, mid + 4, bottom, ChartStyle.FontColor, 1.5);
                }
            }
        foreach (var l in lines)
        {
            var y = frame.Y(scale, l.Value);
            canvas.Line(frame.Left, y, frame.Right, y, ChartStyle.FontColor, 1.5, dashed: true);
        }
        frame.Axes();
        frame.XBands(categories, xTitle);
        return canvas.ToString();
    }

    public static string Lines(string title, string xTitle, string yTitle, IReadOnlyList<LineSeries> series, IReadOnlyList<string> colors)
    {
        var canvas = New();
        var xs = SvgScale.Covering(series.SelectMany(s => s.X), includeZero: false);
        var ys = SvgScale.Covering(series.SelectMany(s => s.Y), includeZero: false);
        var legend = series.Select((s, i) => new LegendEntry(s.Name, colors[i], LegendMark.Line)).ToList();
        var frame = new SvgFrame(canvas, title, legend, SvgFrame.LeftFor(ys.Ticks().Select(ys.Label)));
        frame.YAxis(ys, yTitle);
        frame.XNumeric(xs, xTitle);
        for (var i = 0; i < series.Count; i++)
        {
            var points = series[i].X.Select((x, k) => (xs.Map(x, frame.Left, frame.Right), frame.Y(ys, series[i].Y[k]))).ToList();
            canvas.Polyline(points, colors[i]);
            foreach (var (px, py) in points) canvas.Circle(px, py, 3.5, colors[i]);
        }
        frame.Axes();
        return canvas.ToString();
    }

    /// <summary>Boxes from the quartiles, whiskers to the furthest point within 1.5 IQR (as plotly), points beyond drawn.</summary>
    public static string Box(string title, string xTitle, string yTitle, IReadOnlyList<BoxGroup> groups, IReadOnlyList<string> colors)
    {
        var canvas = New();
        var scale = SvgScale.Covering(groups.SelectMany(g => g.Values), includeZero: false);
        var names = groups.Select(g => g.Name).ToList();
        var left = SvgFrame.LeftForBands(SvgFrame.LeftFor(scale.Ticks().Select(scale.Label)), names, canvas.Width - 100);
        var frame = new SvgFrame(canvas, title, [], left, SvgFrame.BottomFor(names, canvas.Width - left - 30));
        frame.YAxis(scale, yTitle);
        var band = frame.PlotWidth / groups.Count;
        for (var i = 0; i < groups.Count; i++)
        {
            var sorted = groups[i].Values.Order().ToArray();
            var (q1, median, q3) = (Figures.Quantile(sorted, 0.25), Figures.Quantile(sorted, 0.5), Figures.Quantile(sorted, 0.75));
            var iqr = q3 - q1;
            var low = sorted.First(v => v >= q1 - 1.5 * iqr);
            var high = sorted.Last(v => v <= q3 + 1.5 * iqr);
            var cx = frame.BandCentre(i, groups.Count);
            var w = Math.Min(80, band * 0.5);
            var color = colors[i];
            canvas.Line(cx, frame.Y(scale, high), cx, frame.Y(scale, q3), color, 1.5);
            canvas.Line(cx, frame.Y(scale, q1), cx, frame.Y(scale, low), color, 1.5);
            canvas.Line(cx - w / 4, frame.Y(scale, high), cx + w / 4, frame.Y(scale, high), color, 1.5);
            canvas.Line(cx - w / 4, frame.Y(scale, low), cx + w / 4, frame.Y(scale, low), color, 1.5);
            canvas.Rect(cx - w / 2, frame.Y(scale, q3), w, frame.Y(scale, q1) - frame.Y(scale, q3), color, color, 0.3);
            canvas.Line(cx - w / 2, frame.Y(scale, median), cx + w / 2, frame.Y(scale, median), color, 2.5);
            foreach (var v in sorted.Where(v => v < low || v > high).Distinct())
                canvas.Circle(cx, frame.Y(scale, v), 2.5, color, 0.7);
        }
        frame.Axes();
        frame.XBands(names, xTitle);
        return canvas.ToString();
    }

    public static string Donut(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, IReadOnlyList<string> colors)
    {
        var canvas = New();
        var frame = new SvgFrame(canvas, title, labels.Select((l, i) => new LegendEntry(l, colors[i])).ToList());
        var (cx, cy) = ((frame.Left - 40 + frame.Right) / 2, (frame.Top + frame.Bottom + 30) / 2);
        var r = Math.Min(frame.Right - frame.Left + 40, frame.Bottom + 30 - frame.Top) / 2 - 10;
        var inner = r * 0.45;
        var total = values.Sum();
        var start = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            var sweep = values[i] / total;
            if (sweep <= 0) continue;
            var end = start + sweep;
            canvas.Path(Sector(cx, cy, r, inner, start, Math.Min(end, start + 0.999999)), colors[i], ChartStyle.Background, 2);
            var (lx, ly) = Point(cx, cy, (r + inner) / 2, (start + end) / 2);
            canvas.Text(lx, ly - 2, labels[i], "middle", color: "#ffffff");
            canvas.Text(lx, ly + 14, $"{100 * sweep:0.0}%".Replace(".0%", "%"), "middle", color: "#ffffff");
            start = end;
        }
        return canvas.ToString();
    }

    public static string Heatmap(string title, string xTitle, string yTitle, IReadOnlyList<string> xLabels,
                                 IReadOnlyList<string> yLabels, double[][] rows, bool annotate)
    {
        var canvas = New();
        var frame = new SvgFrame(canvas, title, [], SvgFrame.LeftFor(yLabels), SvgFrame.BottomFor(xLabels, canvas.Width - 200));
        var all = rows.SelectMany(r => r).ToArray();
        var (min, max) = (all.Min(), all.Max());
        var (cw, ch) = (frame.PlotWidth / xLabels.Count, (frame.Bottom - frame.Top) / yLabels.Count);
        for (var r = 0; r < yLabels.Count; r++)
        {
            canvas.Text(frame.Left - 6, frame.Top + (r + 0.5) * ch + 4.5, yLabels[r], "end");
            for (var c = 0; c < xLabels.Count; c++)
            {
                var t = max > min ? (rows[r][c] - min) / (max - min) : 0;
                canvas.Rect(frame.Left + c * cw, frame.Top + r * ch, cw, ch, Blend(ChartStyle.Sequential[0], ChartStyle.Sequential[^1], t), ChartStyle.Background);
                if (annotate)
                    canvas.Text(frame.Left + (c + 0.5) * cw, frame.Top + (r + 0.5) * ch + 4.5, TableText.Cell(rows[r][c]), "middle",
                                color: t > 0.5 ? "#ffffff" : ChartStyle.FontColor);
            }
        }
        canvas.Text(16, (frame.Top + frame.Bottom) / 2, yTitle, "middle", rotate: -90);
        frame.XBands(xLabels, xTitle);
        return canvas.ToString();
    }

    /// <summary>Only the title (with its reason on the second line): the chart does not apply to this data.</summary>
    public static string Empty(string title)
    {
        var canvas = New();
        _ = new SvgFrame(canvas, title, []);
        return canvas.ToString();
    }

    private static SvgCanvas New() => new(ChartStyle.Width, ChartStyle.Height);

    /// <summary>A ring sector from fraction <paramref name="a0"/> to <paramref name="a1"/> of the circle, clockwise from the top.</summary>
    private static string Sector(double cx, double cy, double r, double inner, double a0, double a1)
    {
        var large = a1 - a0 > 0.5 ? 1 : 0;
        var (x0, y0) = Point(cx, cy, r, a0);
        var (x1, y1) = Point(cx, cy, r, a1);
        var (x2, y2) = Point(cx, cy, inner, a1);
        var (x3, y3) = Point(cx, cy, inner, a0);
        string N(double v) => SvgCanvas.N(v);
        return $"M{N(x0)} {N(y0)}A{N(r)} {N(r)} 0 {large} 1 {N(x1)} {N(y1)}L{N(x2)} {N(y2)}A{N(inner)} {N(inner)} 0 {large} 0 {N(x3)} {N(y3)}Z";
    }

    private static (double X, double Y) Point(double cx, double cy, double r, double fraction)
    {
        var angle = 2 * Math.PI * fraction;
        return (cx + r * Math.Sin(angle), cy - r * Math.Cos(angle));
    }

    private static string Blend(string from, string to, double t)
    {
        int C(string hex, int i) => Convert.ToInt32(hex.Substring(1 + 2 * i, 2), 16);
        var parts = Enumerable.Range(0, 3).Select(i => (int)Math.Round(C(from, i) + t * (C(to, i) - C(from, i))));
        return "#" + string.Concat(parts.Select(p => p.ToString("x2")));
    }
}
