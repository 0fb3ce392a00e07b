using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

public class PlusTwentyHeuristicTests
{
    [Fact]
    public void The_published_level_two_F1_suggests_a_weak_flat_baseline_and_says_it_is_a_heuristic()
    {
        Assert.Equal(0.78, CaseStudyComparison.NestedMacroF1WithPerfectLevelOne(0.670), 12);
        Assert.Equal(1.0, CaseStudyComparison.NestedMacroF1WithPerfectLevelOne(1.0), 12);
        var text = CaseStudyComparison.PlusTwentyHeuristic();
        Assert.StartsWith("A heuristic, not a bound:", text);
        Assert.Contains("(1 + 2 × 0.670) / 3 = 0.780", text);
        Assert.Contains("put the flat model near 0.580", text);
    }

    [Fact]
    public void It_is_not_a_ceiling_when_level_one_drops_the_cases_level_two_gets_wrong()
    {
        // 4 resolved, 4 escalated, 4 abandoned. Level 2 alone, on all 8 failures, confuses one of each: F1 0.75 on both classes.
        // End to end, level 1 calls exactly those two confused sessions "resolved": the escalated and abandoned classes are
        // then all precise, and the end-to-end macro F1 beats (1 + 2 × 0.75) / 3.
        int[] truth = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2];
        int[] nested = [0, 0, 0, 0, 1, 1, 1, 0, 2, 2, 2, 0];
        var macro = ClassificationMetrics.MacroF1(truth, nested);
        Assert.True(macro > CaseStudyComparison.NestedMacroF1WithPerfectLevelOne(0.75), $"{macro}");
    }
}
