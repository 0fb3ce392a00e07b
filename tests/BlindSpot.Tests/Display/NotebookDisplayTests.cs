using BlindSpot.Charts;
using BlindSpot.Core;
using BlindSpot.Display;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using XPlot.Plotly;

namespace BlindSpot.Tests.Display;

/// <summary>What the library's kernel formatters write: the same bytes in Jupyter, Polyglot Notebooks and the runner.</summary>
public class NotebookDisplayTests
{
    public NotebookDisplayTests() => NotebookDisplay.Register();

    private static string Html(object value) => value.ToDisplayString("text/html");

    private static string Plain(object value) => value.ToDisplayString("text/plain");

    [Fact]
    public void DataFrame_shows_a_bounded_table_with_values_escaped_and_aligned()
    {
        var names = new StringDataFrameColumn("name", Enumerable.Range(0, 55).Select(i => i == 0 ? "<script>alert(1)</script>" : $"n{i}"));
        var values = new PrimitiveDataFrameColumn<double>("value", Enumerable.Range(0, 55).Select(i => i * 0.5));
        var df = new DataFrame(names, values);

        var html = Html(df);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<th style=\"text-align: left\">name</th><th style=\"text-align: right\">value</th>", html);
        Assert.Contains("<td style=\"text-align: left\">n19</td><td style=\"text-align: right\">9.5</td>", html);
        Assert.Contains("n49", html);
        Assert.DoesNotContain("n50", html);
        Assert.Contains("… 5 more rows (55 rows, 2 columns)", html);
        Assert.Contains("<script>alert(1)</script>", Plain(df));
        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(DataFrame)));
    }

    [Fact]
    public void A_long_table_shows_its_first_20_rows_and_the_whole_table_in_a_collapsed_details_element()
    {
        var df = new DataFrame(new PrimitiveDataFrameColumn<int>("k", Enumerable.Range(0, 25)));

        var html = Html(df);
        var details = html.IndexOf("<details>", StringComparison.Ordinal);
        Assert.True(details > 0);
        Assert.Contains("<td style=\"text-align: right\">19</td>", html[..details]);
        Assert.DoesNotContain("<td style=\"text-align: right\">20</td>", html[..details]);
        Assert.Contains("<summary>the first 20 of 25 rows: show all</summary>", html);
        Assert.Contains("<td style=\"text-align: right\">24</td>", html[details..]);
        Assert.DoesNotContain("<details>", Html(new DataFrame(new PrimitiveDataFrameColumn<int>("k", Enumerable.Range(0, 20)))));
    }

    [Fact]
    public void A_figure_shows_its_chart_over_its_picture_as_html_the_picture_as_svg_and_its_plotted_numbers_as_text()
    {
        var figure = BlindSpot.Charts.Figures.Donut("Outcomes", ["resolved", "escalated", "abandoned"], [518, 341, 391]);

        var html = Html(figure);
        Assert.Matches("^<div id=\"plotly-[0-9a-f]{12}(-\\d+)?\" class=\"plotly-chart\" style=\"width: 760px; height: 440px;\"><svg ", html);
        Assert.Contains(figure.Svg.Trim() + "</div>", html);
        Assert.Equal(figure.Svg, figure.ToDisplayString("image/svg+xml"));
        Assert.Equal(["text/html", "image/svg+xml", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(Figure)));
        Assert.Contains("\"colors\":[\"#009E73\",\"#E69F00\",\"#D55E00\"]", html);
        Assert.DoesNotContain(Figure.DefaultElementId, html);
        Assert.DoesNotContain("http", html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "")); // a namespace, not a request
        Assert.Equal(
            "Outcomes\n\n" +
            "label      value  percent\n" +
            "resolved     518     41.4\n" +
            "escalated    341     27.3\n" +
            "abandoned    391     31.3",
            Plain(figure));
    }

    [Fact]
    public void Chart_ids_come_from_what_is_drawn_and_a_repeat_gets_a_count()
    {
        var chart = Chart.Plot(new Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 }, name = "ids-" + Guid.NewGuid() });
        var first = Id(Html(chart));
        var second = Id(Html(chart));
        var other = Id(Html(Chart.Plot(new Scatter { x = new[] { 1, 2 }, y = new[] { 3, 5 }, name = "other-" + Guid.NewGuid() })));

        Assert.Matches("^plotly-[0-9a-f]{12}$", first);
        Assert.Equal(first + "-2", second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_chart_id_is_the_first_12_hex_digits_of_the_sha256_of_what_it_draws()
    {
        Assert.Equal("plotly-ba7816bf8f01", ChartIds.Next("abc"));
        Assert.Equal("plotly-ba7816bf8f01-2", ChartIds.Next("abc"));
    }

    [Fact]
    public void A_chart_script_cannot_be_closed_by_its_data_and_names_no_CDN()
    {
        var chart = Chart.Plot(new Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 }, name = "</script><b>" });

        var html = Html(chart);
        Assert.DoesNotContain("</script><b>", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Plotly chart", Plain(chart));
    }

    private sealed class Badge : IHtmlDisplay
    {
        public string ToHtml() => "<span class=\"badge\">ok</span>";

        public override string ToString() => "badge ok";
    }

    [Fact]
    public void Values_that_render_themselves_show_their_html_and_their_text()
    {
        Assert.Equal("<span class=\"badge\">ok</span>", Html(new Badge()));
        Assert.Equal("badge ok", Plain(new Badge()));
    }

    private static string Id(string html) => html[(html.IndexOf("id=\"", StringComparison.Ordinal) + 4)..html.IndexOf("\" class", StringComparison.Ordinal)];
}
