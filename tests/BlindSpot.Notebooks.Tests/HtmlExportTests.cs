using System.Text.RegularExpressions;
using BlindSpot.Notebooks.Export;
using static BlindSpot.Notebooks.Tests.Support.TestNotebook;

namespace BlindSpot.Notebooks.Tests;

public class HtmlExportTests
{
    [Fact]
    public async Task Export_inlines_plotly_once_and_requests_nothing_from_the_network()
    {
        var (nb, result) = await RunAsync(null,
            Markdown("# Two charts\n\nSome *emphasis* and a [link](https://example.org)."),
            Code(LibrarySetup),
            Code("using XPlot.Plotly;\nvar c1 = Chart.Plot(new Scatter { x = new[] { 1 }, y = new[] { 2 } });\nc1"),
            Code("Chart.Plot(new Bar { x = new[] { \"a\" }, y = new[] { 3 } })"),
            Code("var s = \"<script>alert(1)</script>\";\ns"));

        Assert.Equal(0, result.Failures);
        var html = HtmlExporter.Export(nb, "two charts");

        Assert.Single(Regex.Matches(html, "plotly.js v2\\.35\\.3"));
        Assert.Equal(2, Regex.Matches(html, "Plotly\\.newPlot\\('plotly-").Count);
        Assert.DoesNotMatch(new Regex("<script[^>]*\\ssrc\\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<link[^>]*href\\s*=\\s*\"https?:", RegexOptions.IgnoreCase), html);
        Assert.Contains("<em>emphasis</em>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.True(html.IndexOf("plotly.js v2.35.3", StringComparison.Ordinal) < html.IndexOf("Plotly.newPlot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_without_charts_leaves_plotly_out()
    {
        var (nb, _) = await RunCodeAsync("\"one <two>\"");
        var html = HtmlExporter.Export(nb, "plain");
        Assert.DoesNotContain("plotly.js v2", html);
        Assert.Contains("<pre class=\"output text\">one &lt;two&gt;</pre>", html);
    }
}
