using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Modeling;

/// <summary>Counts of sessions by true class (rows) and predicted class (columns), with the class names in order.</summary>
public sealed class ConfusionMatrix
{
    public ConfusionMatrix(int[,] counts, IReadOnlyList<string> labels)
    {
        if (counts.GetLength(0) != labels.Count || counts.GetLength(1) != labels.Count)
            throw new ArgumentException("A confusion matrix is square, one row and one column per label.");
        Counts = counts;
        Labels = labels;
    }

    /// <summary>[true, predicted].</summary>
    public int[,] Counts { get; }
    public IReadOnlyList<string> Labels { get; }
    public int Total => Counts.Cast<int>().Sum();

    public static ConfusionMatrix Of(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        ClassificationMetrics.Check(truth.Count, predicted.Count);
        var counts = new int[Outcomes.Count, Outcomes.Count];
        for (var i = 0; i < truth.Count; i++) counts[truth[i], predicted[i]]++;
        return new ConfusionMatrix(counts, Outcomes.Names);
    }

    /// <summary>One row per true class, one column per predicted class.</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("true \\ predicted", Labels) };
        for (var p = 0; p < Labels.Count; p++)
            columns.Add(new Int32DataFrameColumn(Labels[p], Enumerable.Range(0, Labels.Count).Select(t => Counts[t, p])));
        return new DataFrame(columns);
    }
}
