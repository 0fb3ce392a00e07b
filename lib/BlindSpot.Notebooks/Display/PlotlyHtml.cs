using XPlot.Plotly;

namespace BlindSpot.Notebooks.Display;

/// <summary>
/// An XPlot.Plotly chart as a div with a deterministic id and a script that draws it with plotly.js:
/// the page's global <c>Plotly</c> (the HTML export inlines plotly.js once) or, in Jupyter, the
/// <c>plotly</c> module through require.js. The ipynb never embeds plotly.js itself and never names a CDN.
/// Shared by every formatter that shows a chart.
/// </summary>
internal static class PlotlyHtml
{
    /// <summary>Sets the chart's id from <paramref name="context"/> and returns its HTML.</summary>
    public static string Render(PlotlyChart chart, DisplayContext context)
    {
        var id = context.ElementId("plotly");
        chart.WithId(id);
        var plotting = ScriptSafe(chart.GetPlottingJS().Trim());
        return
            $"<div id=\"{id}\" class=\"plotly-chart\" style=\"width: {chart.Width}px; height: {chart.Height}px;\"></div>\n" +
            "<script type=\"text/javascript\">\n" +
            "(function () {\n" +
            "  var draw = function (Plotly) {\n" +
            $"    {plotting}\n" +
            "  };\n" +
            "  if (typeof window.Plotly !== 'undefined') { draw(window.Plotly); }\n" +
            "  else if (typeof require !== 'undefined') { require(['plotly'], draw, function () { missing(); }); }\n" +
            "  else { missing(); }\n" +
            "  function missing() {\n" +
            $"    document.getElementById('{id}').textContent = 'plotly.js is not loaded here: open the HTML export to see this chart.';\n" +
            "  }\n" +
            "})();\n" +
            "</script>";
    }

    /// <summary>Data may contain "&lt;/script": keep it from closing the script element.</summary>
    internal static string ScriptSafe(string js) =>
        js.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
}
