using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>Hierarchical precision, recall and F1.</summary>
public sealed record HierarchicalScores(double Precision, double Recall, double F1);

/// <summary>
/// Hierarchical F1 of Kiritchenko et al. (2006), as in HiClass: each label is augmented with its ancestors
/// (below the root) — resolved → {resolved}; escalated → {failed, escalated}; abandoned → {failed, abandoned} —
/// and precision = Σ|P̂ ∩ T̂| / Σ|P̂|, recall = Σ|P̂ ∩ T̂| / Σ|T̂| (micro, summed over sessions), F1 their harmonic mean.
/// Confusing escalated with abandoned keeps half the credit (the shared "failed"); confusing a failure with
/// resolved gets none.
/// </summary>
public static class HierarchicalMetrics
{
    private const string Failed = "failed";

    public static IReadOnlySet<string> Augmented(int label) => Outcomes.IsFailure(label)
        ? new HashSet<string> { Failed, Outcomes.Name(label) }
        : new HashSet<string> { Outcomes.Name(label) };

    public static HierarchicalScores Compute(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        ClassificationMetrics.Check(truth.Count, predicted.Count);
        long overlap = 0, predictedSize = 0, trueSize = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var t = Augmented(truth[i]);
            var p = Augmented(predicted[i]);
            overlap += p.Count(t.Contains);
            predictedSize += p.Count;
            trueSize += t.Count;
        }
        var precision = predictedSize == 0 ? 0 : (double)overlap / predictedSize;
        var recall = trueSize == 0 ? 0 : (double)overlap / trueSize;
        return new HierarchicalScores(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }
}
