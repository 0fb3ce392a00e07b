using BlindSpot.Charts;

namespace BlindSpot.Modeling;

/// <summary>The model notebook's pictures, drawn with the shared chart builders.</summary>
public static class ModelCharts
{
    /// <summary>Metrics both designs share, for a like-for-like bar chart.</summary>
    public static readonly IReadOnlyList<string> SharedMetrics =
        [MetricNames.MacroF1, MetricNames.HierarchicalF1, MetricNames.LevelOneF1, MetricNames.LevelTwoRoutedF1];

    /// <summary>
    /// Mean ± sd over the held-out folds of each shared metric, one bar per learner and design. A metric that does not
    /// apply to the data (level 2 without a second failure class) is left out.
    /// </summary>
    public static Figure Comparison(IReadOnlyList<CvResult> results)
    {
        var metrics = SharedMetrics.Where(m => results.All(r => CvResult.Designs.All(d => double.IsFinite(r.Summary(d, m).Mean)))).ToList();
        var series = results.SelectMany(r => CvResult.Designs.Select(d => new BarSeries(
            $"{r.Learner} · {d.ToString().ToLowerInvariant()}",
            metrics.Select(m => r.Summary(d, m).Mean).ToList(),
            metrics.Select(m => r.Summary(d, m).Sd).ToList()))).ToList();
        return Charts.Figures.GroupedBars("Flat vs nested on the same folds (mean ± sd over held-out folds)",
            "metric", "score", metrics, series);
    }

    /// <summary>A confusion matrix of one design (first repeat: each session once) as an annotated heatmap.</summary>
    public static Figure Confusion(CvResult result, Design design)
    {
        var matrix = result.Confusion(design);
        var n = matrix.Labels.Count;
        var z = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) z[i, j] = matrix.Counts[i, j];
        return Charts.Figures.Heatmap($"Confusion matrix: {result.Learner}, {design.ToString().ToLowerInvariant()}",
            "predicted", "true outcome", matrix.Labels, matrix.Labels, z);
    }
}
