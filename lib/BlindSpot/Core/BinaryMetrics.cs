namespace BlindSpot.Core;

/// <summary>Threshold-free and thresholded scores of a binary forecast (higher score = more likely positive).</summary>
public static class BinaryMetrics
{
    /// <summary>
    /// ROC AUC, exactly: the probability that a random positive scores above a random negative, ties counting one half
    /// (the Mann–Whitney U statistic over n₊·n₋, with average ranks for tied scores). NaN without both classes.
    /// </summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        if (scores.Count != positive.Count) throw new ArgumentException($"{scores.Count} scores and {positive.Count} labels.");
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            var averageRank = (start + end) / 2.0 + 1; // ranks are 1-based
            for (var j = start; j <= end; j++)
                if (positive[order[j]]) { positiveRankSum += averageRank; positives++; }
            start = end + 1;
        }
        long negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>
    /// Precision, recall and F1 when every score ≥ <paramref name="threshold"/> is flagged, each 0 where undefined
    /// (a threshold sweep ranks them).
    /// </summary>
    public static (double Precision, double Recall, double F1) AtThreshold(IReadOnlyList<double> scores, IReadOnlyList<bool> positive, double threshold)
    {
        var counts = ClassificationCounts.Of(positive, [.. scores.Select(s => s >= threshold)]);
        return (counts.Precision.OrZero(), counts.Recall.OrZero(), counts.F1.OrZero());
    }

    /// <summary>
    /// Precision at the highest threshold (one of the scores) whose recall reaches <paramref name="recall"/>: the
    /// precision an alert tuned to catch that share of positives gets. Tied scores are flagged together. NaN without a positive.
    /// </summary>
    public static double PrecisionAtRecall(IReadOnlyList<double> scores, IReadOnlyList<bool> positive, double recall = 0.8)
    {
        var totalPositives = positive.Count(p => p);
        if (totalPositives == 0) return double.NaN;
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        int tp = 0, flagged = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            for (var j = start; j <= end; j++) { flagged++; if (positive[order[j]]) tp++; }
            if (tp >= recall * totalPositives) return (double)tp / flagged;
            start = end + 1;
        }
        return (double)tp / flagged;
    }
}
