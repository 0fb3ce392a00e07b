using BlindSpot.Charts;
using static BlindSpot.Tests.Charts.ChartJson;

namespace BlindSpot.Tests.Charts;

public class IntervalBarsTests
{
    private static Figure Fnr(params ReferenceLine[] lines) => Figures.IntervalBars("FNR by intent", "intent", "fnr", ["billing", "refund"],
        [new IntervalSeries("by group", [0.10, 0.20], [0.05, 0.12], [0.18, 0.25])], lines);

    [Fact]
    public void Asymmetric_intervals_become_plus_and_minus_error_bars()
    {
        var bar = Trace(Fnr());
        Assert.False(bar["error_y"]!["symmetric"]!.GetValue<bool>());
        Assert.Equal([0.08, 0.05], Numbers(bar["error_y"]!["array"]).Select(x => Math.Round(x, 9)));
        Assert.Equal([0.05, 0.08], Numbers(bar["error_y"]!["arrayminus"]).Select(x => Math.Round(x, 9)));
        Assert.Equal("group", Layout(Fnr())["barmode"]!.GetValue<string>());
    }

    [Fact]
    public void A_reference_line_is_a_dashed_named_trace_across_all_categories_and_a_table_column()
    {
        var figure = Fnr(new ReferenceLine("overall 0.15", 0.15));
        var line = Trace(figure, 1);
        Assert.Equal("overall 0.15", line["name"]!.GetValue<string>());
        Assert.Equal("dash", line["line"]!["dash"]!.GetValue<string>());
        Assert.Equal(["billing", "refund"], Strings(line["x"]));
        Assert.Equal([0.15, 0.15], Numbers(line["y"]));
        Assert.Equal(["intent", "by group", "by group lower", "by group upper", "overall 0.15"], figure.Table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void An_interval_that_misses_its_value_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Figures.IntervalBars("t", "x", "y", ["a"], [new IntervalSeries("s", [0.5], [0.6], [0.7])]));
        Assert.Contains("\"a\"", e.Message);
    }
}
