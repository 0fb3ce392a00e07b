using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>The flat design: one 3-class model; the prediction is the class with the highest score (ties: lower index).</summary>
public sealed class FlatModel
{
    private readonly MulticlassScorer _scorer;

    private FlatModel(MulticlassScorer scorer) => _scorer = scorer;

    public static FlatModel Fit(Learner learner, float[][] rows, int[] labels) =>
        new(learner.FitMulticlass(rows, labels, Outcomes.Count));

    public static FlatModel Fit(Learner learner, TrainingRows rows, int[] labels) =>
        new(learner.FitMulticlass(rows, labels, Outcomes.Count));

    /// <summary>Per row: the scores of resolved, escalated, abandoned.</summary>
    public double[][] Scores(float[][] rows) => _scorer(rows);

    public static int ArgMax(IReadOnlyList<double> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Count; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }
}
