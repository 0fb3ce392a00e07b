using System.Text.RegularExpressions;
using BlindSpot.Notebooks.Export;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class FigureDisplayTests
{
    private const string OneOfEach =
        "using BlindSpot.Charts;\n" +
        "display(Figures.Donut(\"Outcomes\", [\"resolved\", \"escalated\", \"abandoned\"], [518, 341, 391]));\n" +
        "display(Figures.GroupedBars(\"Model comparison\", \"model\", \"AUC\", [\"flat\", \"nested\"],\n" +
        "    [new BarSeries(\"case study\", [0.70, 0.80]), new BarSeries(\"ours\", [0.72, 0.81], [0.02, 0.03])]));\n" +
        "display(Figures.Box(\"Turns by outcome\", \"turns\", [new BoxGroup(\"resolved\", [3, 4, 4, 5, 6, 8]),\n" +
        "    new BoxGroup(\"escalated\", [5, 7, 8, 9, 12]), new BoxGroup(\"abandoned\", [1, 2, 2, 3, 6])], \"outcome\"));\n" +
        "display(Figures.Heatmap(\"Confusion matrix\", \"predicted\", \"actual\", [\"resolved\", \"escalated\", \"abandoned\"],\n" +
        "    [\"resolved\", \"escalated\", \"abandoned\"], new double[,] { { 480, 20, 18 }, { 35, 260, 46 }, { 60, 41, 290 } }));\n" +
        "Figures.Lines(\"AUC by k\", \"k (turns seen)\", \"AUC\", [new LineSeries(\"flat\", [1, 2, 3, 4], [0.61, 0.66, 0.69, 0.7]),\n" +
        "    new LineSeries(\"ours\", [1, 2, 3, 4], [0.64, 0.72, 0.77, 0.79])])";

    [Fact]
    public async Task Every_kind_of_figure_exports_to_one_page_with_plotly_inlined_once()
    {
        var (nb, result) = await RunCodeAsync(LibrarySetup, OneOfEach);

        Assert.Equal(0, result.Failures);
        var outputs = OutputsOf(nb, 1);
        Assert.Equal(5, outputs.Count);
        Assert.All(outputs, o => Assert.Matches("Plotly.newPlot\\('plotly-[0-9a-f]{12}", Text(o, "text/html")));
        Assert.Equal(5, outputs.Select(o => Regex.Match(Text(o, "text/html"), "id=\"(plotly-[^\"]+)\"").Groups[1].Value).Distinct().Count());
        Assert.Contains("AUC by k\n\nseries  k (turns seen)   AUC", Text(outputs[4]));

        var html = HtmlExporter.Export(nb, "figures");
        Assert.Single(Regex.Matches(html, "plotly.js v2\\.35\\.3"));
        Assert.Equal(5, Regex.Matches(html, "Plotly\\.newPlot\\('plotly-[0-9a-f]{12}").Count);
        foreach (var title in new[] { "Outcomes", "Model comparison", "Turns by outcome", "Confusion matrix", "AUC by k" })
            Assert.Contains($"\"title\":\"{title}\"", html);

        var again = await RunCodeAsync(LibrarySetup, OneOfEach);
        Assert.Equal(
            Regex.Replace(html, "(plotly-[0-9a-f]{12})(-\\d+)?", "$1"),
            Regex.Replace(HtmlExporter.Export(again.Notebook, "figures"), "(plotly-[0-9a-f]{12})(-\\d+)?", "$1"));
    }
}
