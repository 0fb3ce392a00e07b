using System.Text.RegularExpressions;
using BlindSpot.Charts;
using BlindSpot.Notebooks.Display;
using BlindSpot.Notebooks.Export;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class FigureDisplayTests
{
    private const string OneOfEach =
        "using BlindSpot.Charts;\n" +
        "display(Charts.Donut(\"Outcomes\", [\"resolved\", \"escalated\", \"abandoned\"], [518, 341, 391]));\n" +
        "display(Charts.GroupedBars(\"Model comparison\", \"model\", \"AUC\", [\"flat\", \"nested\"],\n" +
        "    [new BarSeries(\"case study\", [0.70, 0.80]), new BarSeries(\"ours\", [0.72, 0.81], [0.02, 0.03])]));\n" +
        "display(Charts.Box(\"Turns by outcome\", \"turns\", [new BoxGroup(\"resolved\", [3, 4, 4, 5, 6, 8]),\n" +
        "    new BoxGroup(\"escalated\", [5, 7, 8, 9, 12]), new BoxGroup(\"abandoned\", [1, 2, 2, 3, 6])], \"outcome\"));\n" +
        "display(Charts.Heatmap(\"Confusion matrix\", \"predicted\", \"actual\", [\"resolved\", \"escalated\", \"abandoned\"],\n" +
        "    [\"resolved\", \"escalated\", \"abandoned\"], new double[,] { { 480, 20, 18 }, { 35, 260, 46 }, { 60, 41, 290 } }));\n" +
        "Charts.Lines(\"AUC by k\", \"k (turns seen)\", \"AUC\", [new LineSeries(\"flat\", [1, 2, 3, 4], [0.61, 0.66, 0.69, 0.7]),\n" +
        "    new LineSeries(\"ours\", [1, 2, 3, 4], [0.64, 0.72, 0.77, 0.79])])";

    [Fact]
    public async Task A_figure_shows_its_chart_as_html_and_its_table_as_text()
    {
        var (nb, result) = await RunCodeAsync(
            "using BlindSpot.Charts;\nCharts.Donut(\"Outcomes\", [\"resolved\", \"escalated\", \"abandoned\"], [518, 341, 391])");

        Assert.Equal(0, result.Failures);
        var output = Assert.Single(OutputsOf(nb, 0));
        Assert.Equal("execute_result", Type(output));
        var html = Text(output, "text/html");
        Assert.Contains("<div id=\"plotly-test-c0-o0\"", html);
        Assert.Contains("Plotly.newPlot('plotly-test-c0-o0'", html);
        Assert.Contains("\"colors\":[\"#009E73\",\"#E69F00\",\"#D55E00\"]", html);
        Assert.Contains("width: 760px; height: 440px;", html);
        Assert.DoesNotContain(Figure.DefaultElementId, html);
        Assert.Equal(
            "Outcomes\n\n" +
            "label      value  percent\n" +
            "resolved     518     41.4\n" +
            "escalated    341     27.3\n" +
            "abandoned    391     31.3",
            Text(output));
    }

    [Fact]
    public void Two_renders_of_the_same_figure_give_identical_bytes_and_share_the_chart_html()
    {
        var figure = BlindSpot.Charts.Charts.Heatmap("Confusion", "predicted", "actual", ["a", "b"], ["a", "b"],
            new double[,] { { 1, 2 }, { 3, 4 } });
        var context = new DisplayContext("nb", 3, 1);
        var registry = FormatterRegistry.CreateDefault();

        var first = registry.Format(figure, context).ToJson().ToJsonString();
        var second = registry.Format(figure, context).ToJson().ToJsonString();

        Assert.Equal(first, second);
        Assert.Equal(
            registry.Format(figure.Chart, context).Data["text/html"],
            registry.Format(figure, context).Data["text/html"]);
        Assert.Equal(figure.ToString(), registry.Format(figure, context).Data["text/plain"]);
    }

    [Fact]
    public async Task Every_kind_of_figure_exports_to_one_page_with_plotly_inlined_once()
    {
        var (nb, result) = await RunCodeAsync(OneOfEach);

        Assert.Equal(0, result.Failures);
        var outputs = OutputsOf(nb, 0);
        Assert.Equal(5, outputs.Count);
        Assert.All(outputs, o => Assert.Contains("Plotly.newPlot('plotly-test-c0-o", Text(o, "text/html")));
        Assert.Contains("AUC by k\n\nseries  k (turns seen)   AUC", Text(outputs[4]));

        var html = HtmlExporter.Export(nb, "figures");
        Assert.Single(Regex.Matches(html, "plotly.js v2\\.35\\.3"));
        Assert.Equal(5, Regex.Matches(html, "Plotly\\.newPlot\\('plotly-test-c0-o\\d'").Count);
        foreach (var title in new[] { "Outcomes", "Model comparison", "Turns by outcome", "Confusion matrix", "AUC by k" })
            Assert.Contains($"\"title\":\"{title}\"", html);

        var again = await RunCodeAsync(OneOfEach);
        Assert.Equal(html, HtmlExporter.Export(again.Notebook, "figures"));
    }
}
