using BlindSpot.Charts;
using static BlindSpot.Tests.Charts.ChartJson;

namespace BlindSpot.Tests.Charts;

public class LinesTests
{
    private static Figure AucByK() => Figures.Lines("AUC by k", "k (turns seen)", "AUC",
        [new LineSeries("flat", [1, 2, 3], [0.61, 0.68, 0.7]), new LineSeries("ours", [1, 2, 3], [0.64, 0.73, 0.79])]);

    [Fact]
    public void One_line_per_series_with_its_points_and_colour()
    {
        var figure = AucByK();

        var (flat, ours) = (Trace(figure, 0), Trace(figure, 1));
        Assert.Equal("scatter", ours["type"]!.GetValue<string>());
        Assert.Equal("lines+markers", ours["mode"]!.GetValue<string>());
        Assert.Equal([1.0, 2, 3], Numbers(ours["x"]));
        Assert.Equal([0.64, 0.73, 0.79], Numbers(ours["y"]));
        Assert.Equal(ChartStyle.Ours, ours["line"]!["color"]!.GetValue<string>());
        Assert.Equal(ChartStyle.Neutral[0], flat["line"]!["color"]!.GetValue<string>());
        Assert.NotEqual(ChartStyle.Ours, ChartStyle.Neutral[0]);
        var layout = Layout(figure);
        Assert.Equal("k (turns seen)", layout["xaxis"]!["title"]!.GetValue<string>());
        Assert.Equal("AUC", layout["yaxis"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void The_table_lists_every_point()
    {
        var text = AucByK().ToString();
        Assert.Contains("series  k (turns seen)   AUC", text);
        Assert.Contains("ours                 3  0.79", text);
        Assert.Equal(6, AucByK().Table.Rows.Count);
    }

    [Fact]
    public void Mismatched_x_and_y_are_rejected_naming_the_series()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() =>
            Figures.Lines("T", "x", "y", [new LineSeries("ours", [1, 2, 3], [0.5, 0.6])]));
        Assert.Contains("series \"ours\" y has 2 values but series \"ours\" x has 3", e.Message);
    }
}
