using BlindSpot.Charts;
using XPlot.Plotly;

namespace BlindSpot.Display;

/// <summary>
/// An XPlot.Plotly chart as a div with a deterministic id (<see cref="ChartIds"/>) and a script that draws it
/// with plotly.js: the page's global <c>Plotly</c> (the HTML export and the reading site load plotly.js once) or,
/// in classic Jupyter, through require.js the copy that <c>blindspot jupyter</c> installs as an nbextension (or
/// a <c>plotly</c> module the user configured). The output never embeds plotly.js and never names a CDN. A figure's
/// div holds its static SVG picture until plotly.js replaces it, so a viewer that strips scripts (a code host) still
/// shows the chart; where plotly.js is missing, the picture stays and a line below says how to get the interactive one.
/// </summary>
public static class PlotlyHtml
{
    public static string Render(Figure figure) => Render(figure.Chart, figure.Svg);

    public static string Render(PlotlyChart chart, string? fallbackSvg = null)
    {
        chart.WithId(Figure.DefaultElementId);
        var id = ChartIds.Next(chart.GetPlottingJS());
        chart.WithId(id);
        var plotting = ScriptSafe(chart.GetPlottingJS().Trim());
        return
            $"<div id=\"{id}\" class=\"plotly-chart\" style=\"width: {chart.Width}px; height: {chart.Height}px;\">{fallbackSvg?.Trim()}</div>\n" +
            "<script type=\"text/javascript\">\n" +
            "(function () {\n" +
            "  var draw = function (Plotly) {\n" +
            $"    document.getElementById('{id}').textContent = '';\n" +
            $"    {plotting}\n" +
            "  };\n" +
            "  if (typeof window.Plotly !== 'undefined') { draw(window.Plotly); }\n" +
            "  else if (typeof require !== 'undefined') {\n" +
            "    require(['nbextensions/blindspot/plotly.min'], draw, function () { require(['plotly'], draw, missing); });\n" +
            "  }\n" +
            "  else { missing(); }\n" +
            "  function missing() {\n" +
            "    var note = document.createElement('p');\n" +
            "    note.textContent = 'A static picture: plotly.js is not loaded here (run `blindspot jupyter` once, or open the HTML export) for the interactive chart.';\n" +
            $"    document.getElementById('{id}').after(note);\n" +
            "  }\n" +
            "})();\n" +
            "</script>";
    }

    /// <summary>Data may contain "&lt;/script": keep it from closing the script element.</summary>
    public static string ScriptSafe(string js) =>
        js.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
}
