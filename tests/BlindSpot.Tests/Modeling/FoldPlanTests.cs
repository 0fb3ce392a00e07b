using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

public class FoldPlanTests
{
    private static int[] Labels(int resolved, int escalated, int abandoned) =>
        [.. Enumerable.Repeat(0, resolved), .. Enumerable.Repeat(1, escalated), .. Enumerable.Repeat(2, abandoned)];

    [Theory]
    [InlineData(527, 332, 391, 5)]
    [InlineData(10, 7, 4, 3)]
    [InlineData(100, 1, 50, 10)]
    public void Folds_are_stratified_disjoint_and_cover_every_row_once(int r, int e, int a, int k)
    {
        var labels = Labels(r, e, a);
        var plan = FoldPlan.Stratified(labels, k, repeats: 3, seed: 7);
        for (var repeat = 0; repeat < plan.Repeats; repeat++)
        {
            var tests = Enumerable.Range(0, k).Select(f => plan.TestRows(repeat, f)).ToList();
            var all = tests.SelectMany(t => t).Order().ToList();
            Assert.Equal(Enumerable.Range(0, labels.Length), all); // disjoint and covering: every row exactly once
            for (var f = 0; f < k; f++)
            {
                Assert.Empty(plan.TrainRows(repeat, f).Intersect(tests[f]));
                Assert.Equal(labels.Length, plan.TrainRows(repeat, f).Length + tests[f].Length);
                for (var c = 0; c < 3; c++)
                {
                    var overall = labels.Count(l => l == c);
                    var inFold = tests[f].Count(i => labels[i] == c);
                    var expected = (double)overall * tests[f].Length / labels.Length;
                    Assert.InRange(inFold, expected - 1, expected + 1);
                }
            }
            Assert.InRange(tests.Max(t => t.Length) - tests.Min(t => t.Length), 0, 1);
        }
    }

    [Fact]
    public void Same_seed_same_folds_other_seed_or_repeat_other_folds()
    {
        var labels = Labels(60, 30, 40);
        var a = FoldPlan.Stratified(labels, 5, 2, seed: 1);
        var b = FoldPlan.Stratified(labels, 5, 2, seed: 1);
        var c = FoldPlan.Stratified(labels, 5, 2, seed: 2);
        var rows = Enumerable.Range(0, labels.Length).ToList();
        Assert.Equal(rows.Select(i => a.FoldOf(0, i)), rows.Select(i => b.FoldOf(0, i)));
        Assert.Equal(rows.Select(i => a.FoldOf(1, i)), rows.Select(i => b.FoldOf(1, i)));
        Assert.NotEqual(rows.Select(i => a.FoldOf(0, i)), rows.Select(i => c.FoldOf(0, i)));
        Assert.NotEqual(rows.Select(i => a.FoldOf(0, i)), rows.Select(i => a.FoldOf(1, i)));
    }
}
