using BlindSpot.Modeling;

namespace BlindSpot.Tests.Modeling;

/// <summary>A fold's rows are prepared once (binned, for boosted trees) and each model trains on them or on a subset.</summary>
public class PreparedRowsTests
{
    /// <summary>x runs from −1 to 1; the label is x &lt; −0.5 on the negative half and x &gt; 0.5 on the positive half.</summary>
    private static (float[][] Rows, bool[] Label) Line()
    {
        var rows = Enumerable.Range(0, 400).Select(i => new[] { -1f + i / 200f, (i * 37 % 11) / 11f }).ToArray();
        return (rows, rows.Select(r => r[0] < -0.5f || r[0] > 0.5f).ToArray());
    }

    public static TheoryData<string> Learners => [LinearLearner.Id, BoostedTreesLearner.Id];

    [Theory]
    [MemberData(nameof(Learners))]
    public void A_model_on_a_subset_learns_from_those_rows_only(string learnerName)
    {
        var (rows, label) = Line();
        var learner = Learner.ByName(learnerName, 7);
        var negativeHalf = Enumerable.Range(0, rows.Length).Where(i => rows[i][0] < 0 && i % 2 == 0).ToArray(); // not the first rows: the indices must be followed
        using var prepared = learner.Prepare(rows);

        // On the negative half alone, "positive" means small x: a model that saw every row (a U shape) could not say so.
        var model = learner.FitBinary(prepared, negativeHalf, negativeHalf.Select(i => label[i]).ToArray());
        var scores = model([[-0.9f, 0.5f], [-0.1f, 0.5f], [0.9f, 0.5f]]);

        Assert.True(scores[0] > 0.5, $"x = −0.9 scored {scores[0]:F3}");
        Assert.True(scores[1] < 0.5, $"x = −0.1 scored {scores[1]:F3}");
        Assert.True(scores[2] < 0.5, $"x = 0.9 scored {scores[2]:F3}: the positive half's positives were never shown");
    }

    [Fact]
    public void Models_on_the_same_prepared_rows_score_identically()
    {
        var (rows, label) = Line();
        var learner = new BoostedTreesLearner(3);
        using var prepared = learner.Prepare(rows);
        var subset = Enumerable.Range(0, rows.Length).Where(i => i % 3 != 0).ToArray();

        var first = learner.FitBinary(prepared, subset, subset.Select(i => label[i]).ToArray())(rows);
        var second = learner.FitBinary(prepared, subset, subset.Select(i => label[i]).ToArray())(rows);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Boosted_trees_refuse_rows_they_did_not_prepare()
    {
        var (rows, label) = Line();
        var e = Assert.Throws<ArgumentException>(() => new BoostedTreesLearner().FitBinary(new TrainingRows(rows), null, label));
        Assert.Contains("come from this learner's Prepare", e.Message);
    }

    [Fact]
    public void Labels_must_match_the_subset_row_for_row()
    {
        var (rows, label) = Line();
        var learner = new BoostedTreesLearner();
        using var prepared = learner.Prepare(rows);

        var e = Assert.Throws<ArgumentException>(() => learner.FitBinary(prepared, [0, 1, 2], label));
        Assert.Equal("3 rows to train on but 400 labels. (Parameter 'labels')", e.Message);
    }
}
