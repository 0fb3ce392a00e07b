using System.Text;
using BlindSpot.Core;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Export;

/// <summary>
/// The reading site's first page: the question, the reveal (notebook 02's cells "reveal" and "reveal-chart"), the
/// headline table (07's "claims") and what 07 concludes, then one line and a link per notebook. A section whose
/// notebook or cell is not there is left out, so a folder of other notebooks still gets an index.
/// </summary>
internal static class SiteIndex
{
    public const string Title = "BlindSpot: the escalation blind spot, reproduced";

    private const string Question =
        "AI-assistant dashboards count escalations to a human as <em>the</em> failure. Do they miss a larger one, " +
        "users who simply leave, and can a model tell the two failures apart?";

    public static (string Html, int Charts) Build(IReadOnlyList<(string File, Notebook Notebook)> notebooks, IReadOnlyList<SitePage> pages)
    {
        var charts = 0;
        var body = new StringBuilder();
        body.Append("<h1>").Append(HtmlText.Escape(Title)).Append("</h1>\n")
            .Append("<p class=\"question\"><strong>The question.</strong> ").Append(Question).Append("</p>\n");

        Section(body, notebooks, "02-", "The reveal: what an escalation-only dashboard sees, and what happened",
            ["reveal", "reveal-chart"], ref charts);
        Section(body, notebooks, "07-", "The published claims beside ours", ["claims-chart", "claims", "findings"], ref charts);

        body.Append("<h2>The notebooks, in reading order</h2>\n<ol class=\"notebooks\">\n");
        foreach (var p in pages)
            body.Append("<li><a href=\"").Append(HtmlText.Escape(p.File)).Append("\">").Append(HtmlText.Escape(p.Title)).Append("</a></li>\n");
        body.Append("</ol>\n");
        return (HtmlExporter.Page(Title, body.ToString(), charts > 0, ReadingSite.PlotlyFile), charts);
    }

    private static void Section(StringBuilder body, IReadOnlyList<(string File, Notebook Notebook)> notebooks, string prefix,
                                string heading, string[] cellIds, ref int charts)
    {
        var (file, notebook) = notebooks.FirstOrDefault(n => n.File.StartsWith(prefix, StringComparison.Ordinal));
        if (notebook is null) return;
        var parts = new List<string>();
        foreach (var id in cellIds)
        {
            var html = ReadingSite.CellOutputs(notebook, id, out var n);
            if (html is null) continue;
            parts.Add(html);
            charts += n;
        }
        if (parts.Count == 0) return;
        var page = Path.GetFileNameWithoutExtension(file) + ".html";
        body.Append("<h2>").Append(HtmlText.Escape(heading)).Append("</h2>\n<div class=\"outputs\">\n")
            .AppendJoin("\n", parts)
            .Append("\n</div>\n<p class=\"source\">From <a href=\"").Append(HtmlText.Escape(page)).Append("\">")
            .Append(HtmlText.Escape(ReadingSite.Heading(notebook, file))).Append("</a>.</p>\n");
    }
}
