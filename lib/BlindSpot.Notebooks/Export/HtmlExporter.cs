using System.Text.Json.Nodes;
using System.Text;
using BlindSpot.Core;
using BlindSpot.Notebooks.Ipynb;
using Markdig;

namespace BlindSpot.Notebooks.Export;

/// <summary>
/// One self-contained HTML page per notebook: markdown rendered, code escaped, outputs shown, and
/// plotly.js inlined once when a chart needs it. Opening the page makes no network request.
/// </summary>
public static class HtmlExporter
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string Export(Notebook notebook, string title) => Export(notebook, title, null, null);

    /// <summary>
    /// The page; with <paramref name="plotlySrc"/>, plotly.js is loaded from that relative file instead of inlined
    /// (the reading site shares one copy), and <paramref name="navigation"/> (HTML) goes above and below the cells.
    /// </summary>
    public static string Export(Notebook notebook, string title, string? plotlySrc, string? navigation)
    {
        var body = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            if (cell.IsMarkdown)
                body.Append("<section class=\"cell markdown\">\n").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
            else if (cell.IsCode)
                AppendCode(body, cell);
            else
                body.Append("<section class=\"cell raw\"><pre>").Append(HtmlText.Escape(cell.Source)).Append("</pre></section>\n");
        }
        var needsPlotly = ChartCount(notebook) > 0;
        if (navigation is not null) body.Insert(0, navigation + "\n").Append(navigation).Append('\n');
        return Page(title, body.ToString(), needsPlotly, plotlySrc);
    }

    /// <summary>A page around <paramref name="body"/> with the export's style; plotly.js inlined or loaded from <paramref name="plotlySrc"/>.</summary>
    public static string Page(string title, string body, bool needsPlotly, string? plotlySrc = null)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
            .Append("<style>\n").Append(ExportStyle.Css).Append("</style>\n");
        if (needsPlotly && plotlySrc is not null)
            page.Append("<script type=\"text/javascript\" src=\"").Append(HtmlText.Escape(plotlySrc)).Append("\"></script>\n");
        else if (needsPlotly)
            page.Append("<script type=\"text/javascript\">\n").Append(PlotlyJs.Script).Append("\n</script>\n");
        page.Append("</head>\n<body>\n<main>\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>How many chart outputs (HTML that calls Plotly.newPlot) the notebook's code cells hold.</summary>
    public static int ChartCount(Notebook notebook) =>
        notebook.Cells.Where(c => c.IsCode).SelectMany(c => c.Outputs.OfType<JsonObject>()).Count(IsChart);

    public static bool IsChart(JsonObject output) =>
        output["data"]?["text/html"] is { } html && MultilineText.Join(html).Contains("Plotly.newPlot", StringComparison.Ordinal);

    public static void ExportFile(Notebook notebook, string notebookPath, string htmlPath) =>
        AtomicFile.WriteAllText(htmlPath, Export(notebook, Path.GetFileNameWithoutExtension(notebookPath)));

    private static void AppendCode(StringBuilder sb, NotebookCell cell)
    {
        var count = cell.Json["execution_count"]?.ToString() ?? " ";
        sb.Append("<section class=\"cell code\">\n<div class=\"prompt\">In [").Append(count).Append("]:</div>\n")
          .Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(HtmlText.Escape(cell.Source)).Append("</code></pre>\n");
        if (cell.Outputs.Count > 0)
        {
            sb.Append("<div class=\"outputs\">\n");
            foreach (var output in cell.Outputs.OfType<JsonObject>()) sb.Append(OutputHtml.Render(output)).Append('\n');
            sb.Append("</div>\n");
        }
        sb.Append("</section>\n");
    }
}
