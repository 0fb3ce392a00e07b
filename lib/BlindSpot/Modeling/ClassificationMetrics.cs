using BlindSpot.Core;

namespace BlindSpot.Modeling;

/// <summary>Precision, recall and F1 of one class (one-vs-rest), with its support (true sessions of the class).</summary>
public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Flat classification metrics over class indices, from <see cref="ClassificationCounts"/> one-vs-rest. An undefined
/// precision, recall or F1 (empty denominator) counts as 0 here, as scikit-learn's zero_division=0, because macro F1
/// averages them: the unweighted mean of the per-class F1 over the classes named (not only those present).
/// </summary>
public static class ClassificationMetrics
{
    /// <summary>F1 of the positive class (<c>true</c>), 0 when undefined.</summary>
    public static double BinaryF1(IReadOnlyList<bool> truth, IReadOnlyList<bool> predicted) =>
        ClassificationCounts.Of(truth, predicted).F1.OrZero();

    public static ClassScores ForClass(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int label)
    {
        Check(truth.Count, predicted.Count);
        var counts = ClassificationCounts.Of([.. truth.Select(t => t == label)], [.. predicted.Select(p => p == label)]);
        return new ClassScores(Outcomes.Name(label), counts.Precision.OrZero(), counts.Recall.OrZero(), counts.F1.OrZero(),
                               counts.TruePositives + counts.FalseNegatives);
    }

    /// <summary>Precision, recall and F1 of each of the three outcomes.</summary>
    public static IReadOnlyList<ClassScores> PerClass(IReadOnlyList<int> truth, IReadOnlyList<int> predicted) =>
        Enumerable.Range(0, Outcomes.Count).Select(c => ForClass(truth, predicted, c)).ToList();

    /// <summary>Mean F1 over <paramref name="classes"/> (default: the three outcomes).</summary>
    public static double MacroF1(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, IReadOnlyList<int>? classes = null) =>
        (classes ?? [(int)Outcome.Resolved, (int)Outcome.Escalated, (int)Outcome.Abandoned])
            .Select(c => ForClass(truth, predicted, c).F1).Average();

    internal static void Check(int truth, int predicted)
    {
        if (truth != predicted) throw new ArgumentException($"{truth} true labels but {predicted} predictions.");
    }
}
