using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>
/// The metrics of the two levels of the hierarchy, defined so that flat and nested predictions are scored alike.
/// <list type="bullet">
/// <item><b>Level 1 F1</b>: F1 of "failed" (escalated or abandoned) as the positive class, with every 3-class
/// prediction collapsed to failed / resolved. For the nested design this is exactly level 1's F1.</item>
/// <item><b>Level 2, oracle</b>: only the sessions that truly failed, scored on level 2's own answer (as if level 1
/// were perfect); macro F1 over {escalated, abandoned}, i.e. the mean of the F1 with escalated as the positive
/// class and the F1 with abandoned as the positive class.</item>
/// <item><b>Level 2, routed</b>: what level 2 achieves behind the real level 1. Sessions that truly failed or were
/// predicted to fail; a true failure that level 1 sends to "resolved" is a miss for its class, and a truly resolved
/// session routed to level 2 is a false positive for whichever failure class it got. Macro F1 over {escalated,
/// abandoned}. Sessions that are resolved and predicted resolved do not enter either class's counts, so this
/// equals the mean F1 of escalated and abandoned in the end-to-end 3-class confusion matrix, and it applies to
/// the flat design unchanged.</item>
/// </list>
/// </summary>
public static class LevelMetrics
{
    public static readonly IReadOnlyList<int> FailureClasses = [(int)Outcome.Escalated, (int)Outcome.Abandoned];

    public static double LevelOneF1(IReadOnlyList<int> truth, IReadOnlyList<int> predicted) =>
        ClassificationMetrics.BinaryF1(truth.Select(Outcomes.IsFailure).ToList(), predicted.Select(Outcomes.IsFailure).ToList());

    /// <param name="levelTwo">Level 2's class (escalated / abandoned) for every session, routed or not.</param>
    public static double LevelTwoOracleF1(IReadOnlyList<int> truth, IReadOnlyList<int> levelTwo)
    {
        ClassificationMetrics.Check(truth.Count, levelTwo.Count);
        var failed = Enumerable.Range(0, truth.Count).Where(i => Outcomes.IsFailure(truth[i])).ToList();
        return ClassificationMetrics.MacroF1(failed.Select(i => truth[i]).ToList(), failed.Select(i => levelTwo[i]).ToList(), FailureClasses);
    }

    /// <param name="predicted">End-to-end 3-class predictions.</param>
    public static double LevelTwoRoutedF1(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        ClassificationMetrics.Check(truth.Count, predicted.Count);
        var involved = Enumerable.Range(0, truth.Count)
            .Where(i => Outcomes.IsFailure(truth[i]) || Outcomes.IsFailure(predicted[i])).ToList();
        return ClassificationMetrics.MacroF1(involved.Select(i => truth[i]).ToList(), involved.Select(i => predicted[i]).ToList(), FailureClasses);
    }
}
