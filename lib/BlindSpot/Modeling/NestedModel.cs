using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>
/// The nested design. Level 1 (all training sessions): P(failed), failed = escalated or abandoned.
/// Level 2 (training sessions that truly failed): P(abandoned) against escalated.
/// End to end, a session with P(failed) ≥ 0.5 is routed to level 2 and becomes abandoned if P(abandoned) ≥ 0.5,
/// escalated otherwise; any other session is predicted resolved.
/// </summary>
public sealed class NestedModel
{
    public const double Threshold = 0.5;

    private readonly BinaryScorer _levelOne;
    private readonly BinaryScorer _levelTwo;

    private NestedModel(BinaryScorer levelOne, BinaryScorer levelTwo)
    {
        _levelOne = levelOne;
        _levelTwo = levelTwo;
    }

    public static NestedModel Fit(Learner learner, float[][] rows, int[] labels)
    {
        using var prepared = learner.Prepare(rows);
        return Fit(learner, prepared, labels);
    }

    /// <summary>Both levels on rows prepared once (level 2 on the failed ones among them).</summary>
    public static NestedModel Fit(Learner learner, TrainingRows rows, int[] labels)
    {
        var levelOne = learner.FitBinary(rows, null, labels.Select(Outcomes.IsFailure).ToArray());
        var failed = Enumerable.Range(0, labels.Length).Where(i => Outcomes.IsFailure(labels[i])).ToArray();
        var levelTwo = learner.FitBinary(rows, failed, failed.Select(i => labels[i] == (int)Outcome.Abandoned).ToArray());
        return new NestedModel(levelOne, levelTwo);
    }

    /// <summary>Per row: P(failed) from level 1 and P(abandoned | failed) from level 2 (computed for every row).</summary>
    public (double[] LevelOne, double[] LevelTwo) Scores(float[][] rows) => (_levelOne(rows), _levelTwo(rows));

    public static int Route(double levelOne, double levelTwo) =>
        levelOne < Threshold ? (int)Outcome.Resolved
        : levelTwo >= Threshold ? (int)Outcome.Abandoned
        : (int)Outcome.Escalated;

    /// <summary>Level 2's own answer, as if the session had been routed to it.</summary>
    public static int LevelTwoClass(double levelTwo) => levelTwo >= Threshold ? (int)Outcome.Abandoned : (int)Outcome.Escalated;
}
