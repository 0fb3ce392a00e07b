using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

public class ImportanceChartTests
{
    [Fact]
    public void The_chart_keeps_the_features_in_order_with_flat_beside_nested()
    {
        var figure = ImportanceChart.Of("linear", [new("failures_per_bot_turn", 0.3231, 0.3), new("n_failures", 0.147, 0.15)]);

        Assert.Equal(
            "What the linear models use: drop in macro F1 when a feature is shuffled\n\n" +
            "feature                 flat  nested\n" +
            "failures_per_bot_turn  0.323     0.3\n" +
            "n_failures             0.147    0.15",
            figure.ToString());
    }
}
