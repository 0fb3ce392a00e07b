using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class SweepChartTests
{
    private static readonly SweepSummary Sweep = new(
    [
        new(1, "level2_oracle_f1/linear", 0.60), new(2, "level2_oracle_f1/linear", 0.70),
        new(1, "escalated_share", 0.27), new(2, "escalated_share", 0.29),
        new(1, "share_abandoners_alerted", double.NaN), new(2, "share_abandoners_alerted", double.NaN),
        new(1, "nested_minus_flat_points/linear", -1.0), new(2, "nested_minus_flat_points/linear", 1.0),
        new(1, "nps/blended", -20), new(2, "nps/blended", -22),
    ]);

    [Fact]
    public void Each_chart_plots_one_quantity_under_readable_labels_with_its_mean_and_range()
    {
        var shares = SweepChart.Shares(Sweep).Table;
        Assert.Equal(["escalated"], shares.Columns["outcome"].Cast<string>().ToArray());
        Assert.Equal([0.28], shares.Columns["mean over seeds"].Cast<double?>().Select(v => v!.Value).ToArray());
        Assert.Equal([0.2705], shares.Columns["mean over seeds lower"].Cast<double?>().Select(v => v!.Value).ToArray());
        Assert.Equal([0.2895], shares.Columns["mean over seeds upper"].Cast<double?>().Select(v => v!.Value).ToArray());

        var levelTwo = SweepChart.LevelTwo(Sweep);
        Assert.Equal(["linear, on observed failures"], levelTwo.Table.Columns["learner and routing"].Cast<string>().ToArray());
        Assert.Equal([0.65], levelTwo.Table.Columns["mean over seeds"].Cast<double?>().Select(v => v!.Value).ToArray());
        Assert.Contains("the sweep has none of these figures", SweepChart.Auc(Sweep).ToString());
    }

    [Fact]
    public void The_gain_chart_draws_the_published_gain_as_a_line_and_says_so_when_the_sweep_has_no_gain()
    {
        var table = SweepChart.NestedGain(Sweep).Table;
        Assert.Equal(["linear"], table.Columns["learner"].Cast<string>().ToArray());
        Assert.Equal(0.0, table.Columns["mean over seeds"][0]);
        Assert.Equal(20.0, table.Columns["published (+20)"][0]);

        var none = SweepChart.NestedGain(new SweepSummary([new(1, "escalated_share", 0.3)]));
        Assert.Contains("the sweep has none of these figures", none.ToString());
    }
}
