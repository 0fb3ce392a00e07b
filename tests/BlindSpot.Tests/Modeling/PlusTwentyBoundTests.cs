using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

public class PlusTwentyBoundTests
{
    [Fact]
    public void The_published_level_two_F1_caps_nested_macro_F1_and_so_the_flat_model_the_gain_implies()
    {
        Assert.Equal(0.78, CaseStudyComparison.NestedMacroF1Ceiling(0.670), 12);
        Assert.Equal(1.0, CaseStudyComparison.NestedMacroF1Ceiling(1.0), 12);
        var text = CaseStudyComparison.PlusTwentyBound();
        Assert.Contains("(1 + 2 × 0.670) / 3 = 0.780", text);
        Assert.Contains("needs a flat model at 0.580 or below", text);
    }
}
