using BlindSpot.Charts;
using static BlindSpot.Tests.Charts.ChartJson;

namespace BlindSpot.Tests.Charts;

public class HeatmapTests
{
    private static readonly string[] Predicted = ["resolved", "escalated", "abandoned"];
    private static readonly string[] Actual = ["resolved", "failed"];
    private static readonly double[,] Counts = { { 500, 12, 30 }, { 41, 300, 367 } };

    private static Figure Confusion(bool annotate = true) =>
        Figures.Heatmap("Confusion matrix", "predicted", "actual", Predicted, Actual, Counts, annotate);

    [Fact]
    public void Z_rows_follow_the_y_labels_and_the_first_row_is_on_top()
    {
        var figure = Confusion();

        var trace = Trace(figure);
        Assert.Equal("heatmap", trace["type"]!.GetValue<string>());
        Assert.Equal(Predicted, Strings(trace["x"]));
        Assert.Equal(Actual, Strings(trace["y"]));
        Assert.Equal([500.0, 12, 30], Numbers(trace["z"]![0]));
        Assert.Equal([41.0, 300, 367], Numbers(trace["z"]![1]));
        var layout = Layout(figure);
        Assert.Equal("reversed", layout["yaxis"]!["autorange"]!.GetValue<string>());
        Assert.Equal("Confusion matrix", layout["title"]!.GetValue<string>());
        Assert.Equal("predicted", layout["xaxis"]!["title"]!.GetValue<string>());
        Assert.Equal("actual", layout["yaxis"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void Long_row_labels_widen_the_left_margin()
    {
        double Left(string label) => Layout(Figures.Heatmap("T", "x", "y", ["a"], [label], new double[,] { { 1 } }))["margin"]!["l"]!.GetValue<double>();

        Assert.Equal(70, Left("a"));
        Assert.True(Left("a much longer intent name") > Left("abandoned"));
        Assert.True(Left("abandoned") > 70);
    }

    [Fact]
    public void Annotations_equal_the_z_values_cell_by_cell()
    {
        var annotations = Layout(Confusion())["annotations"]!.AsArray();

        Assert.Equal(6, annotations.Count);
        for (var r = 0; r < Actual.Length; r++)
            for (var c = 0; c < Predicted.Length; c++)
            {
                var a = annotations.Single(a => a!["x"]!.GetValue<string>() == Predicted[c] && a["y"]!.GetValue<string>() == Actual[r])!;
                Assert.Equal(Counts[r, c].ToString(System.Globalization.CultureInfo.InvariantCulture), a["text"]!.GetValue<string>());
                Assert.False(a["showarrow"]!.GetValue<bool>());
            }
        Assert.Null(Layout(Confusion(annotate: false))["annotations"]);
    }

    [Fact]
    public void The_table_is_the_matrix_with_row_labels()
    {
        Assert.Equal(
            "Confusion matrix\n\n" +
            "actual \\ predicted  resolved  escalated  abandoned\n" +
            "resolved                 500         12         30\n" +
            "failed                    41        300        367",
            Confusion().ToString());
    }

    [Fact]
    public void A_matrix_that_does_not_match_the_labels_is_rejected()
    {
        var rows = Assert.ThrowsAny<ArgumentException>(() =>
            Figures.Heatmap("T", "x", "y", Predicted, ["one"], Counts));
        Assert.Contains("z has 2 rows but yLabels has 1", rows.Message);
        var columns = Assert.ThrowsAny<ArgumentException>(() =>
            Figures.Heatmap("T", "x", "y", ["a", "b"], Actual, Counts));
        Assert.Contains("z has 3 columns but xLabels has 2", columns.Message);
    }
}
