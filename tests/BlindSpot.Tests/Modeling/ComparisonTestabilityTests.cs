using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

/// <summary>Notebook 03's verdict on flat against nested is given only for models that beat the shuffled-label control.</summary>
public class ComparisonTestabilityTests
{
    private static readonly ModelingOptions Options = new() { Learners = [LinearLearner.Id], Folds = 3, Seed = 5 };

    [Fact]
    public void Models_with_signal_get_the_verdict()
    {
        var data = SyntheticData.Make(perClass: 60);
        var run = ModelingStage.Run(data, Options);
        var verdict = CaseStudyComparison.Verdict(run.Results, run.Control);
        Assert.Contains("are not reproduced on these data with any learner", verdict); // near-perfect both ways, so no +20 gain
        Assert.DoesNotContain("not testable", verdict);
        Assert.True(run.Findings.ComparisonCheck(LinearLearner.Id).IsTestable);
    }

    [Fact]
    public void Models_on_labels_without_signal_are_not_testable()
    {
        var noise = SyntheticData.Make(perClass: 60).WithShuffledLabels(17);
        var run = ModelingStage.Run(noise, Options);
        var verdict = CaseStudyComparison.Verdict(run.Results, run.Control);
        Assert.Contains("Whether the case study's +20 points replicate is not testable on this log: the models do not beat the shuffled-label control: flat macro F1 ", verdict);
        Assert.DoesNotContain("are not reproduced on these data with any learner", verdict);
    }
}
