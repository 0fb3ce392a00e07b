using System.Globalization;
using System.Xml.Linq;
using BlindSpot.Charts;

namespace BlindSpot.Tests.Charts;

/// <summary>The static SVG picture every figure carries: well-formed, deterministic, drawn from the plotted numbers.</summary>
public class SvgTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static Figure[] OneOfEach() =>
    [
        Figures.Donut("Outcomes", ["resolved", "escalated", "abandoned"], [518, 341, 391]),
        Figures.GroupedBars("Models", "model", "AUC", ["flat", "nested"], [new BarSeries("ours", [0.7, 0.8], [0.01, 0.02])]),
        Figures.Box("Turns", "turns", [new BoxGroup("resolved", [1, 2, 3, 40])]),
        Figures.Heatmap("Confusion", "predicted", "actual", ["a", "b"], ["a", "b"], new double[,] { { 1, 2 }, { 3, 4 } }),
        Figures.Lines("AUC by k", "k", "AUC", [new LineSeries("ours", [1, 2], [0.6, 0.7])]),
        Figures.IntervalBars("FNR", "intent", "rate", ["billing", "account"], [new IntervalSeries("before", [0.3, 0.2], [0.25, 0.1], [0.4, 0.3])], [new ReferenceLine("overall", 0.25)]),
        Figures.NotApplicable("Horizon", "no abandoned class"),
    ];

    private static XElement Parse(Figure f) => XElement.Parse(f.Svg);

    private static double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_figure_is_well_formed_svg_of_the_chart_size_with_its_title_and_the_same_bytes_twice()
    {
        var (first, second) = (OneOfEach(), OneOfEach());
        for (var i = 0; i < first.Length; i++)
        {
            var svg = Parse(first[i]);
            Assert.Equal(Ns + "svg", svg.Name);
            Assert.Equal((ChartStyle.Width, ChartStyle.Height), ((int)Attr(svg, "width"), (int)Attr(svg, "height")));
            Assert.Equal(ChartStyle.FontFamily, svg.Attribute("font-family")!.Value);
            Assert.Contains(svg.Descendants(Ns + "text"), t => t.Value == first[i].Title);
            Assert.Equal(first[i].Svg, second[i].Svg);
        }
    }

    [Fact]
    public void Bar_heights_are_proportional_to_the_values_from_a_zero_baseline()
    {
        var figure = Figures.GroupedBars("T", "x", "y", ["a", "b"], [new BarSeries("ours", [0.5, 1.0])]);
        var bars = Parse(figure).Descendants(Ns + "rect").Where(r => r.Attribute("fill")!.Value == ChartStyle.Ours)
            .Skip(1).ToList(); // the first is the legend's swatch

        Assert.Equal(2, bars.Count);
        Assert.Equal(2.0, Attr(bars[1], "height") / Attr(bars[0], "height"), 2);
        Assert.Equal(Attr(bars[0], "y") + Attr(bars[0], "height"), Attr(bars[1], "y") + Attr(bars[1], "height"), 2);
    }

    [Fact]
    public void The_value_axis_has_round_ticks_covering_the_data()
    {
        var figure = Figures.GroupedBars("T", "x", "y", ["a", "b"], [new BarSeries("ours", [0.12, 0.87])]);
        var labels = Parse(figure).Descendants(Ns + "text").Where(t => t.Attribute("text-anchor")?.Value == "end").Select(t => t.Value).ToList();

        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], labels);
    }

    [Fact]
    public void A_donut_has_one_sector_per_label_in_its_outcome_colour_and_the_percentages()
    {
        var svg = Parse(Figures.Donut("Outcomes", ["resolved", "escalated", "abandoned"], [518, 341, 391]));

        Assert.Equal([ChartStyle.Resolved, ChartStyle.Escalated, ChartStyle.Abandoned],
            svg.Descendants(Ns + "path").Select(p => p.Attribute("fill")!.Value));
        Assert.Equal(["41.4%", "27.3%", "31.3%"], svg.Descendants(Ns + "text").Select(t => t.Value).Where(v => v.EndsWith('%')));
    }

    [Fact]
    public void A_box_draws_points_beyond_the_whiskers_only()
    {
        var svg = Parse(Figures.Box("Turns", "turns", [new BoxGroup("resolved", [1, 2, 3, 4, 40])]));

        Assert.Single(svg.Descendants(Ns + "circle"));
    }

    [Fact]
    public void Text_in_the_picture_is_escaped()
    {
        var figure = Figures.GroupedBars("A <b> & \"c\"", "x", "y", ["<script>"], [new BarSeries("ours", [1.0])]);

        Assert.DoesNotContain("<script>", figure.Svg);
        Assert.Contains(Parse(figure).Descendants(Ns + "text"), t => t.Value == "<script>");
    }
}
