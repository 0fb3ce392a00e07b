using BlindSpot.Charts;

namespace BlindSpot.Tests.Charts;

public class FigureTests
{
    private static Figure[] OneOfEach() =>
    [
        Figures.Donut("Outcomes", ["resolved", "escalated", "abandoned"], [518, 341, 391]),
        Figures.GroupedBars("Models", "model", "AUC", ["flat", "nested"], [new BarSeries("ours", [0.7, 0.8], [0.01, 0.02])]),
        Figures.Box("Turns", "turns", [new BoxGroup("resolved", [1, 2, 3])]),
        Figures.Heatmap("Confusion", "predicted", "actual", ["a", "b"], ["a", "b"], new double[,] { { 1, 2 }, { 3, 4 } }),
        Figures.Lines("AUC by k", "k", "AUC", [new LineSeries("ours", [1, 2], [0.6, 0.7])]),
    ];

    [Fact]
    public void Building_twice_gives_identical_scripts_with_a_fixed_id_and_the_default_size()
    {
        var (first, second) = (OneOfEach(), OneOfEach());
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal(first[i].Chart.GetPlottingJS(), second[i].Chart.GetPlottingJS());
            Assert.Equal(first[i].ToString(), second[i].ToString());
            Assert.Contains($"Plotly.newPlot('{Figure.DefaultElementId}'", first[i].Chart.GetPlottingJS());
            Assert.Equal((ChartStyle.Width, ChartStyle.Height), (first[i].Chart.Width, first[i].Chart.Height));
        }
    }

    [Fact]
    public void Every_figure_has_its_title_in_the_layout_and_first_in_the_text()
    {
        foreach (var figure in OneOfEach())
        {
            Assert.Equal(figure.Title, ChartJson.Layout(figure)["title"]!.GetValue<string>());
            Assert.StartsWith(figure.Title + "\n\n", figure.ToString());
        }
    }

    [Fact]
    public void Text_columns_are_left_aligned_and_numbers_right_aligned()
    {
        var text = TableText.Format(Figures.Donut("T", ["resolved", "a"], [1250, 3]).Table);
        Assert.Equal(
            "label     value  percent\n" +
            "resolved   1250     99.8\n" +
            "a             3      0.2",
            text);
    }

    [Fact]
    public void Fixed_colours_are_the_colour_blind_safe_trio_and_never_reused_for_other_names()
    {
        Assert.Equal("#009E73", ChartStyle.FixedColor("resolved"));
        Assert.Equal("#E69F00", ChartStyle.FixedColor("Escalated"));
        Assert.Equal("#D55E00", ChartStyle.FixedColor(" abandoned "));
        Assert.Null(ChartStyle.FixedColor("billing"));
        foreach (var name in new[] { "resolved", "escalated", "abandoned", "case study", "ours" })
            Assert.DoesNotContain(ChartStyle.FixedColor(name), ChartStyle.Neutral);
        Assert.Equal(ChartStyle.Neutral.Count, ChartStyle.Neutral.Distinct().Count());
    }
}
