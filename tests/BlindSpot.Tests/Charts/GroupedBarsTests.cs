using BlindSpot.Charts;
using static BlindSpot.Tests.Charts.ChartJson;

namespace BlindSpot.Tests.Charts;

public class GroupedBarsTests
{
    private static Figure Models(params BarSeries[] series) =>
        Figures.GroupedBars("Model comparison", "model", "AUC", ["flat", "nested"], series);

    [Fact]
    public void Titles_and_axis_titles_are_in_the_layout_and_bars_are_grouped()
    {
        var layout = Layout(Models(new BarSeries("ours", [0.71, 0.78])));

        Assert.Equal("Model comparison", layout["title"]!.GetValue<string>());
        Assert.Equal("model", layout["xaxis"]!["title"]!.GetValue<string>());
        Assert.Equal("AUC", layout["yaxis"]!["title"]!.GetValue<string>());
        Assert.Equal("group", layout["barmode"]!.GetValue<string>());
        Assert.Equal(ChartStyle.Width, layout["width"]!.GetValue<double>());
        Assert.Equal(ChartStyle.Height, layout["height"]!.GetValue<double>());
        Assert.Equal(ChartStyle.FontFamily, layout["font"]!["family"]!.GetValue<string>());
        Assert.Equal("#ffffff", layout["paper_bgcolor"]!.GetValue<string>());
    }

    [Fact]
    public void Error_bars_appear_when_given_and_not_otherwise()
    {
        var figure = Models(new BarSeries("case study", [0.70, 0.80]), new BarSeries("ours", [0.71, 0.78], [0.02, 0.03]));

        var (caseStudy, ours) = (Trace(figure, 0), Trace(figure, 1));
        Assert.Null(caseStudy["error_y"]);
        Assert.Equal([0.02, 0.03], Numbers(ours["error_y"]!["array"]));
        Assert.Equal("data", ours["error_y"]!["type"]!.GetValue<string>());
        Assert.True(ours["error_y"]!["symmetric"]!.GetValue<bool>());
        Assert.True(ours["error_y"]!["visible"]!.GetValue<bool>());
        Assert.Equal(["flat", "nested"], Strings(ours["x"]));
        Assert.Equal([0.71, 0.78], Numbers(ours["y"]));
        Assert.Equal("ours", ours["name"]!.GetValue<string>());
    }

    [Fact]
    public void Series_named_after_outcomes_or_sources_get_their_fixed_colours()
    {
        var figure = Figures.GroupedBars("Outcome share", "intent", "share", ["billing", "refund"],
            [new BarSeries("abandoned", [1, 2]), new BarSeries("resolved", [3, 4]), new BarSeries("case study", [5, 6]),
             new BarSeries("ours", [7, 8])]);

        Assert.Equal(
            [ChartStyle.Abandoned, ChartStyle.Resolved, ChartStyle.CaseStudy, ChartStyle.Ours],
            Enumerable.Range(0, 4).Select(i => Trace(figure, i)["marker"]!["color"]!.GetValue<string>()));
    }

    [Fact]
    public void The_fallback_text_has_every_value_and_error()
    {
        var text = Models(new BarSeries("case study", [0.70, 0.80]), new BarSeries("ours", [0.712, 0.7845], [0.021, 0.033])).ToString();

        Assert.Equal(
            "Model comparison\n\n" +
            "model   case study    ours  ours ±\n" +
            "flat           0.7   0.712   0.021\n" +
            "nested         0.8  0.7845   0.033",
            text);
    }

    [Theory]
    [InlineData(new[] { 0.1 }, null, "series \"ours\" values has 1 values but categories has 2")]
    [InlineData(new[] { 0.1, 0.2 }, new[] { 0.1 }, "series \"ours\" errors has 1 values but categories has 2")]
    [InlineData(new[] { 0.1, 0.2 }, new[] { 0.1, -0.1 }, "negative")]
    [InlineData(new[] { 0.1, double.NaN }, null, "values[1] is NaN")]
    public void Mismatched_series_are_rejected_naming_the_series(double[] values, double[]? errors, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Models(new BarSeries("ours", values, errors)));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void No_series_and_duplicate_series_are_rejected()
    {
        Assert.Contains("series is empty", Assert.ThrowsAny<ArgumentException>(() => Models()).Message);
        Assert.Contains("\"ours\" twice", Assert.ThrowsAny<ArgumentException>(
            () => Models(new BarSeries("ours", [1, 2]), new BarSeries("ours", [3, 4]))).Message);
        Assert.Contains("xTitle", Assert.ThrowsAny<ArgumentException>(
            () => Figures.GroupedBars("T", "", "y", ["a"], [new BarSeries("s", [1])])).Message);
    }
}
