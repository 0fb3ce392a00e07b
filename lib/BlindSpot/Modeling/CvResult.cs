using Microsoft.Data.Analysis;

namespace BlindSpot.Modeling;

/// <summary>
/// Out-of-fold predictions of both designs for one learner, and the metrics computed from them: per fold
/// (then mean ± sd over folds) and pooled (confusion matrices, per-class scores).
/// </summary>
public sealed class CvResult
{
    public CvResult(string learner, FoldPlan plan, FeatureMatrix data, IReadOnlyList<OutOfFoldPrediction> predictions, IReadOnlyList<FoldModels> firstRepeatModels)
    {
        Learner = learner;
        Plan = plan;
        Data = data;
        Predictions = predictions;
        FirstRepeatModels = firstRepeatModels;
        FoldMetrics = ComputeFoldMetrics();
    }

    public string Learner { get; }
    public FoldPlan Plan { get; }
    public FeatureMatrix Data { get; }

    /// <summary>Every session once per repeat, ordered by repeat then row.</summary>
    public IReadOnlyList<OutOfFoldPrediction> Predictions { get; }

    public IReadOnlyList<FoldModels> FirstRepeatModels { get; }
    public IReadOnlyList<FoldMetric> FoldMetrics { get; }

    public static IReadOnlyList<Design> Designs { get; } = [Design.Flat, Design.Nested];

    /// <summary>The metrics that apply to a design (the oracle level-2 score exists only for the nested one).</summary>
    public static IEnumerable<string> MetricsOf(Design design) =>
        MetricNames.All.Where(m => design == Design.Nested || m != MetricNames.LevelTwoOracleF1);

    /// <summary>Mean ± sd over folds of every metric, for both designs.</summary>
    public IReadOnlyList<MetricSummary> Summary() =>
        Designs.SelectMany(d => MetricsOf(d).Select(m => MetricSummary.Of(Learner, d, m,
            FoldMetrics.Where(x => x.Design == d && x.Metric == m).Select(x => x.Value).ToList()))).ToList();

    public MetricSummary Summary(Design design, string metric) =>
        Summary().Single(s => s.Design == design && s.Metric == metric);

    /// <summary>
    /// Nested minus flat on the same folds: the per-fold difference of a metric, then its mean ± sd over folds
    /// (paired, so fold-to-fold difficulty cancels).
    /// </summary>
    public MetricSummary PairedDifference(string metric)
    {
        var flat = FoldMetrics.Where(x => x.Design == Design.Flat && x.Metric == metric).ToDictionary(x => (x.Repeat, x.Fold), x => x.Value);
        var differences = FoldMetrics.Where(x => x.Design == Design.Nested && x.Metric == metric)
            .Select(x => x.Value - flat[(x.Repeat, x.Fold)]).ToList();
        return MetricSummary.Of(Learner, Design.Nested, metric + "_nested_minus_flat", differences);
    }

    /// <summary>Held-out predictions of one repeat pooled over its folds: every session exactly once.</summary>
    public ConfusionMatrix Confusion(Design design, int repeat = 0)
    {
        var rows = Predictions.Where(p => p.Repeat == repeat).ToList();
        return ConfusionMatrix.Of(rows.Select(p => p.Truth).ToList(), rows.Select(p => p.Prediction(design)).ToList());
    }

    /// <summary>Per-class precision / recall / F1 over all repeats' held-out predictions pooled.</summary>
    public IReadOnlyList<ClassScores> PerClass(Design design) =>
        ClassificationMetrics.PerClass(Predictions.Select(p => p.Truth).ToList(), Predictions.Select(p => p.Prediction(design)).ToList());

    public HierarchicalScores Hierarchical(Design design) =>
        HierarchicalMetrics.Compute(Predictions.Select(p => p.Truth).ToList(), Predictions.Select(p => p.Prediction(design)).ToList());

    /// <summary>learner, design, metric, mean, sd, folds (rounded to 3 decimals for reading).</summary>
    public DataFrame SummaryFrame() => SummaryFrame([this]);

    public static DataFrame SummaryFrame(IEnumerable<CvResult> results)
    {
        var rows = results.SelectMany(r => r.Summary()).ToList();
        return new DataFrame(
            new StringDataFrameColumn("learner", rows.Select(r => r.Learner)),
            new StringDataFrameColumn("design", rows.Select(r => r.Design.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("metric", rows.Select(r => r.Metric)),
            new DoubleDataFrameColumn("mean", rows.Select(r => Math.Round(r.Mean, 3))),
            new DoubleDataFrameColumn("sd", rows.Select(r => Math.Round(r.Sd, 3))),
            new Int32DataFrameColumn("folds", rows.Select(r => r.Folds)));
    }

    /// <summary>learner, design, class, precision, recall, f1, support (pooled over repeats).</summary>
    public static DataFrame PerClassFrame(IEnumerable<CvResult> results)
    {
        var rows = results.SelectMany(r => Designs.SelectMany(d => r.PerClass(d).Select(s => (r.Learner, Design: d, Scores: s)))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("learner", rows.Select(r => r.Learner)),
            new StringDataFrameColumn("design", rows.Select(r => r.Design.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("class", rows.Select(r => r.Scores.Label)),
            new DoubleDataFrameColumn("precision", rows.Select(r => Math.Round(r.Scores.Precision, 3))),
            new DoubleDataFrameColumn("recall", rows.Select(r => Math.Round(r.Scores.Recall, 3))),
            new DoubleDataFrameColumn("f1", rows.Select(r => Math.Round(r.Scores.F1, 3))),
            new Int32DataFrameColumn("support", rows.Select(r => r.Scores.Support)));
    }

    private List<FoldMetric> ComputeFoldMetrics()
    {
        var list = new List<FoldMetric>();
        // A definition without an abandoned class (escalation_only) is a two-class problem: macro F1 averages the classes
        // that occur, and level 2 (escalated vs abandoned) does not apply.
        var classes = Data.PresentClasses;
        var levelTwoApplies = LevelMetrics.FailureClasses.All(classes.Contains);
        foreach (var group in Predictions.GroupBy(p => (p.Repeat, p.Fold)).OrderBy(g => g.Key.Repeat).ThenBy(g => g.Key.Fold))
        {
            var truth = group.Select(p => p.Truth).ToList();
            foreach (var design in Designs)
            {
                var predicted = group.Select(p => p.Prediction(design)).ToList();
                void Add(string metric, double value) => list.Add(new FoldMetric(Learner, design, group.Key.Repeat, group.Key.Fold, metric, value));
                Add(MetricNames.LevelOneF1, LevelMetrics.LevelOneF1(truth, predicted));
                if (design == Design.Nested)
                    Add(MetricNames.LevelTwoOracleF1, levelTwoApplies ? LevelMetrics.LevelTwoOracleF1(truth, group.Select(p => p.LevelTwoPrediction).ToList()) : double.NaN);
                Add(MetricNames.LevelTwoRoutedF1, levelTwoApplies ? LevelMetrics.LevelTwoRoutedF1(truth, predicted) : double.NaN);
                Add(MetricNames.MacroF1, ClassificationMetrics.MacroF1(truth, predicted, classes));
                Add(MetricNames.HierarchicalF1, HierarchicalMetrics.Compute(truth, predicted).F1);
            }
        }
        return list;
    }
}
