using System.Globalization;
using System.Net;
using System.Text;

namespace BlindSpot.Charts.Svg;

/// <summary>
/// Writes SVG elements with coordinates rounded to two decimals in the invariant culture, so the same chart gives
/// the same bytes on every machine. Text is XML-escaped; every text element uses <see cref="ChartStyle.FontFamily"/>.
/// </summary>
internal sealed class SvgCanvas
{
    private readonly StringBuilder _sb = new();

    public SvgCanvas(int width, int height)
    {
        Width = width;
        Height = height;
        _sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" ")
           .Append($"font-family=\"{ChartStyle.FontFamily}\" font-size=\"{N(ChartStyle.FontSize)}\" fill=\"{ChartStyle.FontColor}\">\n")
           .Append($"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"{ChartStyle.Background}\"/>\n");
    }

    public int Width { get; }
    public int Height { get; }

    public static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Rough width of a text in pixels (Arial averages a little over half the font size per character).</summary>
    public static double TextWidth(string s, double size = ChartStyle.FontSize) => 0.56 * size * s.Length;

    public void Rect(double x, double y, double w, double h, string fill, string? stroke = null, double opacity = 1)
    {
        _sb.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, w))}\" height=\"{N(Math.Max(0, h))}\" fill=\"{fill}\"");
        if (stroke is not null) _sb.Append($" stroke=\"{stroke}\"");
        if (opacity < 1) _sb.Append($" fill-opacity=\"{N(opacity)}\"");
        _sb.Append("/>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false)
    {
        _sb.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"");
        if (dashed) _sb.Append(" stroke-dasharray=\"6 4\"");
        _sb.Append("/>\n");
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 2)
    {
        _sb.Append("<polyline fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(N(width)).Append("\" points=\"")
           .AppendJoin(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}")).Append("\"/>\n");
    }

    public void Circle(double x, double y, double r, string fill, double opacity = 1)
    {
        _sb.Append($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"{fill}\"");
        if (opacity < 1) _sb.Append($" fill-opacity=\"{N(opacity)}\"");
        _sb.Append("/>\n");
    }

    public void Path(string d, string fill, string? stroke = null, double strokeWidth = 1)
    {
        _sb.Append($"<path d=\"{d}\" fill=\"{fill}\"");
        if (stroke is not null) _sb.Append($" stroke=\"{stroke}\" stroke-width=\"{N(strokeWidth)}\"");
        _sb.Append("/>\n");
    }

    /// <summary>A text; <paramref name="anchor"/> is start, middle or end; <paramref name="rotate"/> turns it about its anchor point.</summary>
    public void Text(double x, double y, string text, string anchor = "start", double size = ChartStyle.FontSize,
                     string? color = null, bool bold = false, double rotate = 0)
    {
        _sb.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\"");
        if (anchor != "start") _sb.Append($" text-anchor=\"{anchor}\"");
        if (size != ChartStyle.FontSize) _sb.Append($" font-size=\"{N(size)}\"");
        if (color is not null) _sb.Append($" fill=\"{color}\"");
        if (bold) _sb.Append(" font-weight=\"bold\"");
        if (rotate != 0) _sb.Append($" transform=\"rotate({N(rotate)} {N(x)} {N(y)})\"");
        _sb.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    public override string ToString() => _sb.ToString() + "</svg>\n";
}
