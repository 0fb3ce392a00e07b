using System.Text;
using System.Text.Json.Nodes;
using BlindSpot.Core;
using BlindSpot.Notebooks.Ipynb;

namespace BlindSpot.Notebooks.Export;

/// <summary>What <see cref="ReadingSite.Write"/> wrote: every page with its chart count, and the total size.</summary>
public sealed record SitePage(string File, string Title, int Charts);

public sealed record SiteReport(IReadOnlyList<SitePage> Pages, long TotalBytes);

/// <summary>
/// The notebooks as a reading site that works offline from file://: an index page (the question, the reveal, the
/// headline table, one line and a link per notebook), one page per notebook with previous/next links, and one
/// shared copy of plotly.js beside them. Built from the notebooks' committed outputs; nothing is executed.
/// </summary>
public static class ReadingSite
{
    public const string IndexFile = "index.html";
    public const string PlotlyFile = "plotly.min.js";

    public static SiteReport Write(IReadOnlyList<string> notebookPaths, string outDir)
    {
        if (notebookPaths.Count == 0) throw new ArgumentException("no notebooks to publish.", nameof(notebookPaths));
        Directory.CreateDirectory(outDir);
        var notebooks = notebookPaths.Select(p => (Path: p, Notebook: NotebookFile.Read(p))).ToList();
        var entries = notebooks.Select(n => new SitePage(
            Path.GetFileNameWithoutExtension(n.Path) + ".html", Heading(n.Notebook, n.Path), HtmlExporter.ChartCount(n.Notebook))).ToList();

        AtomicFile.WriteAllText(Path.Combine(outDir, PlotlyFile), PlotlyJs.Script);
        var index = SiteIndex.Build(notebooks.Select(n => (Path.GetFileName(n.Path), n.Notebook)).ToList(), entries);
        AtomicFile.WriteAllText(Path.Combine(outDir, IndexFile), index.Html);
        var pages = new List<SitePage> { new(IndexFile, SiteIndex.Title, index.Charts) };
        for (var i = 0; i < notebooks.Count; i++)
        {
            var html = HtmlExporter.Export(notebooks[i].Notebook, entries[i].Title, PlotlyFile, Navigation(entries, i));
            AtomicFile.WriteAllText(Path.Combine(outDir, entries[i].File), html);
            pages.Add(entries[i]);
        }
        var total = pages.Select(p => p.File).Append(PlotlyFile).Sum(f => new FileInfo(Path.Combine(outDir, f)).Length);
        return new SiteReport(pages, total);
    }

    /// <summary>The text of the notebook's first markdown heading, or its file name.</summary>
    public static string Heading(Notebook notebook, string path)
    {
        var first = notebook.Cells.FirstOrDefault(c => c.IsMarkdown)?.Source.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
        return first is null ? Path.GetFileNameWithoutExtension(path) : first[2..].Trim();
    }

    private static string Navigation(IReadOnlyList<SitePage> pages, int i)
    {
        var sb = new StringBuilder("<nav class=\"site-nav\">");
        sb.Append(i > 0 ? Link(pages[i - 1], "← ") : "<span></span>");
        sb.Append($"<a href=\"{IndexFile}\">Contents</a>");
        sb.Append(i < pages.Count - 1 ? Link(pages[i + 1], "", " →") : "<span></span>");
        return sb.Append("</nav>").ToString();

        static string Link(SitePage p, string before, string after = "") =>
            $"<a href=\"{HtmlText.Escape(p.File)}\">{before}{HtmlText.Escape(p.Title)}{after}</a>";
    }

    /// <summary>The outputs of the cell with this id as HTML, or null when the notebook has no such cell.</summary>
    internal static string? CellOutputs(Notebook notebook, string cellId, out int charts)
    {
        charts = 0;
        var cell = notebook.Cells.FirstOrDefault(c => c.Id == cellId);
        if (cell is null || cell.Outputs.Count == 0) return null;
        var outputs = cell.Outputs.OfType<JsonObject>().ToList();
        charts = outputs.Count(HtmlExporter.IsChart);
        return string.Join("\n", outputs.Select(OutputHtml.Render));
    }
}
