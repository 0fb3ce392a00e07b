namespace BlindSpot.Charts;

/// <summary>
/// plotly.js reads trace text as its own small HTML (<c>&lt;a href&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;br&gt;</c>), so a group label
/// taken from a log (an intent, a channel, a series named after one) could become a live link or markup. Every label
/// that comes from data goes through <see cref="Literal(string)"/>: plotly decodes the entities back to the characters and draws
/// them as text. Titles are the library's own and keep their <c>&lt;br&gt;</c>.
/// </summary>
public static class PlotlyText
{
    public static string Literal(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string[] Literal(IEnumerable<string> texts) => [.. texts.Select(Literal)];
}
