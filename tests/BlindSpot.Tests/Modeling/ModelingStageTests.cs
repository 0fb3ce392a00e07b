using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

/// <summary>The modelling stage is the cross-validation the notebooks ran by hand, plus the shuffled-label control.</summary>
public class ModelingStageTests
{
    [Fact]
    public void The_stage_gives_each_learner_the_result_of_its_own_cross_validation_and_a_control_at_chance()
    {
        var data = SyntheticData.Make();
        var options = new ModelingOptions { Folds = 3, Repeats = 2, Seed = 7 };
        var run = ModelingStage.Run(data, options);

        Assert.Equal(Learner.Names, run.Results.Select(r => r.Learner));
        var byHand = CrossValidator.Run(data, Learner.ByName(LinearLearner.Id, 7), FoldPlan.Stratified(data.Labels, 3, 2, 7));
        Assert.Equal(byHand.Summary(Design.Nested, MetricNames.MacroF1).Mean, run.Of(LinearLearner.Id).Summary(Design.Nested, MetricNames.MacroF1).Mean, 12);
        Assert.Equal(2, run.Plan.Repeats);
        Assert.Equal(BoostedTreesLearner.Id, run.Control!.Learner);
        Assert.InRange(run.Control.Summary(Design.Flat, MetricNames.MacroF1).Mean, 0.2, 0.5);
        Assert.True(run.Findings.Learners[LinearLearner.Id].NestedMacroF1 > 0.9);
    }

    [Fact]
    public void Findings_without_the_control_say_how_to_get_it()
    {
        var run = ModelingStage.Run(SyntheticData.Make(perClass: 30), new ModelingOptions { Learners = [LinearLearner.Id], Folds = 3, ShuffledControl = false });
        var error = Assert.Throws<InvalidOperationException>(() => run.Findings);
        Assert.Equal("The findings need the shuffled-label control: run with ShuffledControl = true.", error.Message);
        Assert.Throws<ArgumentException>(() => run.Of(BoostedTreesLearner.Id));
    }

    [Theory]
    [InlineData("linear")]
    [InlineData("boosted_trees")]
    public void The_nested_design_alone_scores_every_session_as_the_full_cross_validation_does(string learner)
    {
        var data = SyntheticData.Make(perClass: 40);
        var options = new ModelingOptions { Learners = [learner], Folds = 4, Repeats = 2, Seed = 11, ShuffledControl = false };
        var full = ModelingStage.Run(data, options).Results[0].Predictions.Where(p => p.Repeat == 0).OrderBy(p => p.Row).ToList();

        var (one, two) = ModelingStage.NestedOnly(data, options);

        Assert.Equal(data.Count, full.Count);
        Assert.Equal(full.Select(p => p.LevelOneScore), one);
        Assert.Equal(full.Select(p => p.LevelTwoScore), two);
    }
}
