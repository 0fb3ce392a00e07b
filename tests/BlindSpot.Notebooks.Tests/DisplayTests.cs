using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class DisplayTests
{
    [Fact]
    public async Task Display_HTML_and_the_Display_extension_give_display_data_outputs()
    {
        var (nb, _) = await RunCodeAsync("display(HTML(\"<b>bold</b>\"));\n\"<i>text</i>\".Display();\ndisplay(new[] { 1, 2, 3 });");

        var outputs = OutputsOf(nb, 0);
        Assert.All(outputs, o => Assert.Equal("display_data", Type(o)));
        Assert.All(outputs, o => Assert.NotNull(o["metadata"]));
        Assert.Equal("<b>bold</b>", Text(outputs[0], "text/html"));
        Assert.Equal("<i>text</i>", Text(outputs[1]));
        Assert.Null(outputs[1]["data"]!["text/html"]);
        Assert.Equal("[1, 2, 3]", Text(outputs[2]));
    }

    [Fact]
    public async Task A_null_trailing_expression_gives_no_result()
    {
        var (nb, _) = await RunCodeAsync("string? s = null;\ns");
        Assert.Empty(OutputsOf(nb, 0));
    }

    [Fact]
    public async Task DataFrame_shows_a_bounded_table_with_values_escaped()
    {
        var (nb, result) = await RunCodeAsync(
            "using Microsoft.Data.Analysis;\n" +
            "var names = new StringDataFrameColumn(\"name\", Enumerable.Range(0, 55).Select(i => i == 0 ? \"<script>alert(1)</script>\" : $\"n{i}\"));\n" +
            "var values = new PrimitiveDataFrameColumn<double>(\"value\", Enumerable.Range(0, 55).Select(i => i * 0.5));\n" +
            "new DataFrame(names, values)");

        Assert.Equal(0, result.Failures);
        var output = Assert.Single(OutputsOf(nb, 0));
        var html = Text(output, "text/html");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<th style=\"text-align: left\">name</th><th style=\"text-align: right\">value</th>", html);
        Assert.Contains("<td style=\"text-align: left\">n19</td><td style=\"text-align: right\">9.5</td>", html);
        Assert.DoesNotContain("n50", html);
        Assert.Contains("n49", html);
        Assert.Contains("… 5 more rows", html);
        Assert.Contains("<script>alert(1)</script>", Text(output, "text/plain"));
    }

    [Fact]
    public async Task PlotlyChart_gets_a_deterministic_id_and_a_newPlot_call_without_a_CDN()
    {
        var (nb, result) = await RunCodeAsync(
            "using XPlot.Plotly;",
            "var chart = Chart.Plot(new Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 }, name = \"</script><b>\" });\nchart.WithTitle(\"T\");\ndisplay(\"first\");\nchart");

        Assert.Equal(0, result.Failures);
        var chart = OutputsOf(nb, 1)[1];
        Assert.Equal("execute_result", Type(chart));
        var html = Text(chart, "text/html");
        Assert.Contains("<div id=\"plotly-test-c1-o1\"", html);
        Assert.Contains("Plotly.newPlot('plotly-test-c1-o1'", html);
        Assert.DoesNotContain("</script><b>", html);
        Assert.DoesNotContain("http", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.Contains("Plotly chart", Text(chart));
    }

    public sealed class Badge : IHtmlDisplay
    {
        public string ToHtml() => "<span class=\"badge\">ok</span>";
        public override string ToString() => "badge ok";
    }

    [Fact]
    public async Task Objects_render_their_own_HTML_through_the_interface_or_a_public_ToHtml_method()
    {
        var (nb, result) = await RunCodeAsync(
            $"#r \"{typeof(DisplayTests).Assembly.Location}\"\ndisplay(new BlindSpot.Notebooks.Tests.DisplayTests.Badge());",
            "public class Card { public string ToHtml() => \"<div>card</div>\"; }\ndisplay(new Card());");

        Assert.Equal(0, result.Failures);
        Assert.Equal("<span class=\"badge\">ok</span>", Text(OutputsOf(nb, 0)[0], "text/html"));
        Assert.Equal("badge ok", Text(OutputsOf(nb, 0)[0]));
        Assert.Equal("<div>card</div>", Text(OutputsOf(nb, 1)[0], "text/html"));
    }
}
