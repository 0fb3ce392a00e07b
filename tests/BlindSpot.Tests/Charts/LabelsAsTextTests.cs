using BlindSpot.Charts;
using static BlindSpot.Tests.Charts.ChartJson;

namespace BlindSpot.Tests.Charts;

/// <summary>
/// A group label read from a log (an intent, a channel) is drawn as text: plotly.js would turn <c>&lt;a href&gt;</c> into a
/// live link, so the chart carries it as entities, which plotly decodes back to the same characters. The table and the
/// static picture keep the label as it was written.
/// </summary>
public class LabelsAsTextTests
{
    private const string Link = "<a href=\"https://example.org/x\">billing</a> & co";
    private const string Shown = "&lt;a href=\"https://example.org/x\"&gt;billing&lt;/a&gt; &amp; co";

    private static void NoMarkup(Figure figure)
    {
        var data = Data(figure).ToJsonString();
        Assert.DoesNotContain("<a", data);
        Assert.DoesNotContain("\\u003Ca", data);
        Assert.DoesNotContain("<a ", figure.Svg);
    }

    [Fact]
    public void Grouped_bar_categories_and_series_names_are_text()
    {
        var figure = Figures.GroupedBars("Rates", "intent", "rate", [Link, "order"], [new BarSeries(Link, [0.1, 0.2])]);

        Assert.Equal([Shown, "order"], Strings(Trace(figure)["x"]));
        Assert.Equal(Shown, Trace(figure)["name"]!.GetValue<string>());
        Assert.Equal(Link, figure.Table.Columns[0][0]);
        NoMarkup(figure);
    }

    [Fact]
    public void Interval_bar_categories_series_and_reference_lines_are_text()
    {
        var figure = Figures.IntervalBars("Rates", "intent", "rate", [Link], [new IntervalSeries(Link, [0.2], [0.1], [0.3])], [new ReferenceLine(Link + " overall", 0.2)]);

        Assert.Equal([Shown], Strings(Trace(figure, 0)["x"]));
        Assert.Equal(Shown, Trace(figure, 0)["name"]!.GetValue<string>());
        Assert.Equal(Shown + " overall", Trace(figure, 1)["name"]!.GetValue<string>());
        NoMarkup(figure);
    }

    [Fact]
    public void Donut_box_line_and_heatmap_labels_are_text()
    {
        var donut = Figures.Donut("Outcomes", [Link, "resolved"], [1, 2]);
        Assert.Equal([Shown, "resolved"], Strings(Trace(donut)["labels"]));
        NoMarkup(donut);

        var box = Figures.Box("Turns", "turns", [new BoxGroup(Link, [1, 2, 3])]);
        Assert.Equal(Shown, Trace(box)["name"]!.GetValue<string>());
        NoMarkup(box);

        var lines = Figures.Lines("AUC", "k", "AUC", [new LineSeries(Link, [1, 2], [0.5, 0.6])]);
        Assert.Equal(Shown, Trace(lines)["name"]!.GetValue<string>());
        NoMarkup(lines);

        var heatmap = Figures.Heatmap("Confusion", "predicted", "actual", [Link, "b"], [Link, "b"], new double[,] { { 1, 2 }, { 3, 4 } });
        Assert.Equal([Shown, "b"], Strings(Trace(heatmap)["x"]));
        Assert.DoesNotContain("<a", Layout(heatmap).ToJsonString());
        NoMarkup(heatmap);
    }

    [Fact]
    public void Plotly_reads_a_label_without_markup_as_it_was()
    {
        Assert.Equal("order_status", PlotlyText.Literal("order_status"));
        Assert.Equal("a &lt;b&gt; &amp;amp;", PlotlyText.Literal("a <b> &amp;"));
    }
}
