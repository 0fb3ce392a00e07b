namespace BlindSpot.Modeling;

/// <summary>One metric of one design and learner on one held-out fold.</summary>
public sealed record FoldMetric(string Learner, Design Design, int Repeat, int Fold, string Metric, double Value);

/// <summary>
/// A metric's mean and sample standard deviation over the held-out folds of every repeat (5×5 CV: 25 folds),
/// what a bar chart with error bars needs.
/// </summary>
public sealed record MetricSummary(string Learner, Design Design, string Metric, double Mean, double Sd, int Folds)
{
    public static MetricSummary Of(string learner, Design design, string metric, IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return new MetricSummary(learner, design, metric, mean, sd, values.Count);
    }

    public override string ToString() => $"{Mean:F3} ± {Sd:F3}";
}
