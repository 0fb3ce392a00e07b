using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>Beside the published figures, a team's log is "this log", never "ours".</summary>
public class ClaimsChartLabelTests
{
    [Fact]
    public void The_charts_name_whose_figures_stand_beside_the_published_ones()
    {
        var simulated = ClaimsTests.Study;
        var team = simulated with { Simulation = null };
        Assert.StartsWith("Published vs ours:", ClaimsChart.Shares(simulated).Title);
        Assert.StartsWith("Published vs this log:", ClaimsChart.Shares(team).Title);
        Assert.Equal(["case study", "this log"], ClaimsChart.NestedGain(team).Table.Columns.Skip(1).Take(2).Select(c => c.Name));
    }
}
