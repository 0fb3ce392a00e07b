using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

public class CrossValidationTests
{
    public static TheoryData<string> Learners() => new() { LinearLearner.Id, BoostedTreesLearner.Id };

    [Theory]
    [MemberData(nameof(Learners))]
    public void A_learnable_problem_scores_high_and_its_shuffled_labels_score_at_chance(string learner)
    {
        var data = SyntheticData.Make();
        var result = CrossValidator.Run(data, Learner.ByName(learner), FoldPlan.Stratified(data.Labels, 5, 1, seed: 11));
        foreach (var design in CvResult.Designs)
        {
            Assert.True(result.Summary(design, MetricNames.MacroF1).Mean > 0.9, $"{design}: {result.Summary(design, MetricNames.MacroF1)}");
            Assert.True(result.Summary(design, MetricNames.LevelOneF1).Mean > 0.9);
        }
        Assert.True(result.Summary(Design.Nested, MetricNames.LevelTwoOracleF1).Mean > 0.9);

        var shuffled = data.WithShuffledLabels(seed: 5);
        Assert.Equal(data.ClassCounts(), shuffled.ClassCounts());
        var control = CrossValidator.Run(shuffled, Learner.ByName(learner), FoldPlan.Stratified(shuffled.Labels, 5, 1, seed: 11));
        foreach (var design in CvResult.Designs)
            Assert.InRange(control.Summary(design, MetricNames.MacroF1).Mean, 0.2, 0.45);
    }

    [Theory]
    [MemberData(nameof(Learners))]
    public void Same_seed_gives_exactly_the_same_predictions_and_numbers(string learner)
    {
        var data = SyntheticData.Make(perClass: 40);
        CvResult Run() => CrossValidator.Run(data, Learner.ByName(learner, seed: 9), FoldPlan.Stratified(data.Labels, 4, 2, seed: 9));
        var a = Run();
        var b = Run();
        Assert.Equal(a.Predictions.Count, b.Predictions.Count);
        foreach (var (x, y) in a.Predictions.Zip(b.Predictions))
        {
            Assert.Equal(x with { FlatScores = [] }, y with { FlatScores = [] }); // exact double equality of every score
            Assert.Equal(x.FlatScores, y.FlatScores);
        }
        Assert.Equal(a.FoldMetrics, b.FoldMetrics);
        Assert.Equal(PermutationImportance.Compute(a, seed: 1, permutations: 1), PermutationImportance.Compute(b, seed: 1, permutations: 1));
    }

    [Fact]
    public void Several_learners_in_one_queue_give_each_learner_the_result_of_its_own_run()
    {
        var data = SyntheticData.Make(perClass: 40);
        var plan = FoldPlan.Stratified(data.Labels, 4, 2, seed: 9);
        var together = CrossValidator.Run(data, [new LinearLearner(9), new BoostedTreesLearner(9)], plan);

        Assert.Equal([LinearLearner.Id, BoostedTreesLearner.Id], together.Select(r => r.Learner));
        foreach (var result in together)
        {
            var alone = CrossValidator.Run(data, Learner.ByName(result.Learner, seed: 9), plan);
            Assert.Equal(alone.Predictions.Count, result.Predictions.Count);
            foreach (var (x, y) in alone.Predictions.Zip(result.Predictions))
            {
                Assert.Equal(x with { FlatScores = [] }, y with { FlatScores = [] });
                Assert.Equal(x.FlatScores, y.FlatScores);
            }
            Assert.Equal(alone.FirstRepeatModels.Select(m => m.Fold), result.FirstRepeatModels.Select(m => m.Fold));
        }
        Assert.Throws<ArgumentException>(() => CrossValidator.Run(data, Array.Empty<Learner>(), plan));
    }

    [Fact]
    public void Boosted_trees_give_every_class_a_probability_even_one_missing_from_the_training_rows()
    {
        var data = SyntheticData.Make(perClass: 40);
        var twoClasses = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] != 2).ToArray();
        var scorer = new BoostedTreesLearner().FitMulticlass(twoClasses.Select(i => data.Rows[i]).ToArray(), twoClasses.Select(i => data.Labels[i]).ToArray(), 3);
        var scores = scorer(data.Rows);
        Assert.All(scores, s =>
        {
            Assert.Equal(3, s.Length);
            Assert.Equal(1.0, s.Sum(), 9);
            Assert.True(s[2] < 0.01, $"absent class scored {s[2]}");
        });
        var predicted = scores.Select(FlatModel.ArgMax).ToArray();
        Assert.DoesNotContain(2, predicted);
        Assert.True(twoClasses.Count(i => predicted[i] == data.Labels[i]) > 0.9 * twoClasses.Length);
    }

    [Fact]
    public void Boosted_trees_refuse_rows_of_unequal_width()
    {
        var e = Assert.Throws<ArgumentException>(() => new BoostedTreesLearner().FitBinary([[1f, 2f], [1f]], [true, false]));
        Assert.Contains("Row 1 has 1 values, expected 2", e.Message);
    }

    [Fact]
    public void Both_designs_are_scored_on_the_same_held_out_rows_every_row_once_per_repeat()
    {
        var data = SyntheticData.Make(perClass: 30);
        var plan = FoldPlan.Stratified(data.Labels, 3, 2, seed: 4);
        var result = CrossValidator.Run(data, new LinearLearner(), plan);
        for (var r = 0; r < 2; r++)
        {
            var rows = result.Predictions.Where(p => p.Repeat == r).ToList();
            Assert.Equal(Enumerable.Range(0, data.Count), rows.Select(p => p.Row));
            Assert.All(rows, p => Assert.Equal(plan.FoldOf(r, p.Row), p.Fold));
            Assert.All(rows, p => Assert.Equal(data.Labels[p.Row], p.Truth));
        }
        Assert.Equal(data.Count, result.Confusion(Design.Flat).Total);
        Assert.Equal(data.Count, result.Confusion(Design.Nested).Total);
        Assert.Equal(3, result.FirstRepeatModels.Count);
    }

    [Fact]
    public void Permutation_importance_finds_the_informative_features_and_not_the_noise()
    {
        var data = SyntheticData.Make();
        var result = CrossValidator.Run(data, new LinearLearner(), FoldPlan.Stratified(data.Labels, 5, 1, seed: 11));
        var importance = PermutationImportance.Compute(result, seed: 2, permutations: 2).ToDictionary(i => i.Feature);
        Assert.True(importance["x0"].NestedDrop > 0.2, importance["x0"].ToString());
        Assert.True(importance["x1"].NestedDrop > 0.1, importance["x1"].ToString());
        Assert.True(importance["x0"].FlatDrop > 0.2, importance["x0"].ToString());
        Assert.InRange(importance["x2"].NestedDrop, -0.05, 0.05);
        Assert.InRange(importance["intent"].FlatDrop, -0.05, 0.05);
    }
}
