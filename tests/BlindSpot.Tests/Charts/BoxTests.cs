using BlindSpot.Charts;
using static BlindSpot.Tests.Charts.ChartJson;

namespace BlindSpot.Tests.Charts;

public class BoxTests
{
    private static Figure TurnsByOutcome() => Figures.Box("Turns by outcome", "turns",
        [new BoxGroup("resolved", [1, 2, 3, 4]), new BoxGroup("escalated", [5, 6]), new BoxGroup("abandoned", [2, 5, 7])],
        xTitle: "outcome");

    [Fact]
    public void One_box_per_group_in_order_with_all_points_jittered_in_the_outcome_colour()
    {
        var figure = TurnsByOutcome();

        var traces = Data(figure);
        Assert.Equal(3, traces.Count);
        Assert.Equal(["resolved", "escalated", "abandoned"], traces.Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal([ChartStyle.Resolved, ChartStyle.Escalated, ChartStyle.Abandoned],
            traces.Select(t => t!["marker"]!["color"]!.GetValue<string>()));
        Assert.All(traces, t =>
        {
            Assert.Equal("box", t!["type"]!.GetValue<string>());
            Assert.Equal("all", t["boxpoints"]!.GetValue<string>());
            Assert.True(t["jitter"]!.GetValue<double>() > 0);
        });
        Assert.Equal([2.0, 5.0, 7.0], Numbers(traces[2]!["y"]));
        var layout = Layout(figure);
        Assert.Equal("Turns by outcome", layout["title"]!.GetValue<string>());
        Assert.Equal("outcome", layout["xaxis"]!["title"]!.GetValue<string>());
        Assert.Equal("turns", layout["yaxis"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void The_table_summarises_each_group()
    {
        var table = TurnsByOutcome().Table;

        Assert.Equal(["outcome", "n", "min", "q1", "median", "q3", "max", "mean"], table.Columns.Select(c => c.Name));
        Assert.Equal(4, (int)table["n"][0]!);
        Assert.Equal(1.75, (double)table["q1"][0]!);
        Assert.Equal(2.5, (double)table["median"][0]!);
        Assert.Equal(3.25, (double)table["q3"][0]!);
        Assert.Equal(5.0, (double)table["median"][2]!);
        Assert.Equal(14.0 / 3, (double)table["mean"][2]!, 12);
        Assert.Contains("abandoned  3    2   3.5       5     6    7  4.6667", TurnsByOutcome().ToString());
    }

    [Fact]
    public void Empty_groups_are_rejected_naming_the_group()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() =>
            Figures.Box("T", "y", [new BoxGroup("resolved", [1]), new BoxGroup("abandoned", [])]));
        Assert.Contains("group \"abandoned\" values is empty", e.Message);
        Assert.Contains("groups is empty", Assert.ThrowsAny<ArgumentException>(() => Figures.Box("T", "y", [])).Message);
    }
}
