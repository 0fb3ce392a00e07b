namespace BlindSpot.Audit;

/// <summary>
/// A metric of the audit: its name, how it is computed from <see cref="AuditCounts"/>, and its support — the rows
/// its denominator counts (true failures for FNR and recall, true successes for FPR, predicted failures for precision,
/// detected failures for the misroute rate). A group whose support is below the minimum gets no number.
/// </summary>
public sealed record AuditMetric(string Name, string Description, Func<AuditCounts, double> Value, Func<AuditCounts, int> Support)
{
    /// <summary>
    /// Whether the audit tests this metric for a disparity. Recall is 1 − FNR on the same rows and F1 follows from recall
    /// and precision, so testing them too would test the same hypotheses twice; they are reported, not tested.
    /// </summary>
    public bool Tested { get; init; } = true;

    public static readonly AuditMetric FalseNegativeRate = new("fnr", "failed sessions predicted resolved, over failed sessions",
        c => c.FalseNegativeRate, c => c.TruePositives + c.FalseNegatives);

    public static readonly AuditMetric FalsePositiveRate = new("fpr", "resolved sessions predicted failed, over resolved sessions",
        c => c.FalsePositiveRate, c => c.FalsePositives + c.TrueNegatives);

    public static readonly AuditMetric Precision = new("precision", "true failures among sessions predicted failed",
        c => c.Precision, c => c.TruePositives + c.FalsePositives);

    public static readonly AuditMetric Recall = new("recall", "failed sessions detected, over failed sessions",
        c => c.Recall, c => c.TruePositives + c.FalseNegatives) { Tested = false };

    public static readonly AuditMetric F1 = new("f1", "F1 of failure detection",
        c => c.F1, c => c.TruePositives + c.FalseNegatives) { Tested = false };

    public static readonly AuditMetric MisrouteRate = new("misroute_rate", "detected failures given the wrong failure class (escalated ↔ abandoned)",
        c => c.MisrouteRate, c => c.TruePositives);

    public static IReadOnlyList<AuditMetric> All { get; } = [FalseNegativeRate, FalsePositiveRate, Precision, Recall, F1, MisrouteRate];

    public static AuditMetric ByName(string name) => All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"Unknown audit metric '{name}'. Known: {string.Join(", ", All.Select(m => m.Name))}.");

    public override string ToString() => Name;
}
