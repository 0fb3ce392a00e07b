namespace BlindSpot.Modeling;

/// <summary>Precision, recall and F1 of one class (one-vs-rest), with its support (true sessions of the class).</summary>
public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Flat classification metrics over class indices. Conventions (as scikit-learn with zero_division=0):
/// precision is 0 when nothing is predicted as the class, recall is 0 when the class has no true member,
/// F1 = 2·TP / (2·TP + FP + FN), 0 when that denominator is 0. Macro F1 is the unweighted mean of the
/// per-class F1 over the classes named (not only those present).
/// </summary>
public static class ClassificationMetrics
{
    public static double F1(int truePositives, int falsePositives, int falseNegatives)
    {
        var denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    /// <summary>F1 of the positive class (<c>true</c>).</summary>
    public static double BinaryF1(IReadOnlyList<bool> truth, IReadOnlyList<bool> predicted)
    {
        Check(truth.Count, predicted.Count);
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i] && predicted[i]) tp++;
            else if (predicted[i]) fp++;
            else if (truth[i]) fn++;
        }
        return F1(tp, fp, fn);
    }

    public static ClassScores ForClass(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int label)
    {
        Check(truth.Count, predicted.Count);
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i] == label && predicted[i] == label) tp++;
            else if (predicted[i] == label) fp++;
            else if (truth[i] == label) fn++;
        }
        return new ClassScores(OutcomeClasses.Name(label), tp + fp == 0 ? 0 : (double)tp / (tp + fp),
                               tp + fn == 0 ? 0 : (double)tp / (tp + fn), F1(tp, fp, fn), tp + fn);
    }

    /// <summary>Precision, recall and F1 of each of the three outcomes.</summary>
    public static IReadOnlyList<ClassScores> PerClass(IReadOnlyList<int> truth, IReadOnlyList<int> predicted) =>
        Enumerable.Range(0, OutcomeClasses.Count).Select(c => ForClass(truth, predicted, c)).ToList();

    /// <summary>Mean F1 over <paramref name="classes"/> (default: the three outcomes).</summary>
    public static double MacroF1(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, IReadOnlyList<int>? classes = null) =>
        (classes ?? [OutcomeClasses.Resolved, OutcomeClasses.Escalated, OutcomeClasses.Abandoned])
            .Select(c => ForClass(truth, predicted, c).F1).Average();

    internal static void Check(int truth, int predicted)
    {
        if (truth != predicted) throw new ArgumentException($"{truth} true labels but {predicted} predictions.");
    }
}
