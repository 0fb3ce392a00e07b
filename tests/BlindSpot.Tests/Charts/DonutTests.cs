using BlindSpot.Charts;
using static BlindSpot.Tests.Charts.ChartJson;

namespace BlindSpot.Tests.Charts;

public class DonutTests
{
    [Fact]
    public void Outcome_labels_get_their_fixed_colours_in_the_order_given()
    {
        var figure = Figures.Donut("Outcomes", ["resolved", "escalated", "abandoned"], [518, 341, 391]);

        var pie = Trace(figure);
        Assert.Equal("pie", pie["type"]!.GetValue<string>());
        Assert.Equal(["resolved", "escalated", "abandoned"], Strings(pie["labels"]));
        Assert.Equal([518.0, 341.0, 391.0], Numbers(pie["values"]));
        Assert.Equal(["#009E73", "#E69F00", "#D55E00"], Strings(pie["marker"]!["colors"]));
        Assert.Contains("percent", pie["textinfo"]!.GetValue<string>());
        Assert.True(pie["hole"]!.GetValue<double>() > 0);
        Assert.False(pie["sort"]!.GetValue<bool>());
    }

    [Fact]
    public void The_colour_follows_the_label_not_the_position()
    {
        var figure = Figures.Donut("Outcomes", ["Abandoned", "resolved", "Escalated"], [1, 2, 3]);

        Assert.Equal(
            [ChartStyle.Abandoned, ChartStyle.Resolved, ChartStyle.Escalated],
            Strings(Trace(figure)["marker"]!["colors"]));
    }

    [Fact]
    public void Other_labels_take_neutral_colours_without_shifting_the_outcome_colours()
    {
        var figure = Figures.Donut("Mixed", ["billing", "escalated", "refund"], [1, 1, 1]);

        Assert.Equal(
            [ChartStyle.Neutral[0], ChartStyle.Escalated, ChartStyle.Neutral[1]],
            Strings(Trace(figure)["marker"]!["colors"]));
    }

    [Fact]
    public void The_table_has_values_and_percentages()
    {
        var figure = Figures.Donut("Outcomes", ["resolved", "escalated", "abandoned"], [518, 341, 391]);

        Assert.Equal(3, figure.Table.Rows.Count);
        Assert.Equal(27.3, (double)figure.Table["percent"][1]!);
        var text = figure.ToString();
        Assert.StartsWith("Outcomes\n", text);
        Assert.Contains("escalated    341     27.3", text);
        Assert.Contains("abandoned    391     31.3", text);
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { 1.0 }, "values has 1 values but labels has 2")]
    [InlineData(new[] { "a", "a" }, new[] { 1.0, 2.0 }, "labels has \"a\" twice")]
    [InlineData(new[] { "a", "b" }, new[] { 1.0, -2.0 }, "negative")]
    [InlineData(new[] { "a", "b" }, new[] { 0.0, 0.0 }, "sum to 0")]
    [InlineData(new string[0], new double[0], "labels is empty")]
    public void Invalid_input_is_rejected_naming_the_problem(string[] labels, double[] values, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Figures.Donut("T", labels, values));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_missing_title_is_rejected()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Figures.Donut(" ", ["a"], [1]));
        Assert.Contains("title", e.Message);
    }
}
