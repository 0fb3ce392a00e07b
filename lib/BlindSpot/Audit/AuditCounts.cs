using BlindSpot.Modeling;

namespace BlindSpot.Audit;

/// <summary>
/// The counts every audit metric is computed from. Failure detection (positive = the session failed):
/// true / false positives and negatives. Level 2: among true failures that were also predicted to fail,
/// how many got the wrong failure class (escalated ↔ abandoned).
/// </summary>
public readonly record struct AuditCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, int Misrouted)
{
    public int Rows => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public static AuditCounts Of(IEnumerable<AuditRow> rows)
    {
        var counts = new AuditCounts();
        foreach (var row in rows) counts += Kind(row);
        return counts;
    }

    /// <summary>The counts of one row alone (exactly one of TP, FP, FN, TN is 1).</summary>
    public static AuditCounts Kind(AuditRow row) => (row.Failed, row.PredictedFailed) switch
    {
        (true, true) => new AuditCounts(1, 0, 0, 0, row.Predicted != row.Truth ? 1 : 0),
        (false, true) => new AuditCounts(0, 1, 0, 0, 0),
        (true, false) => new AuditCounts(0, 0, 1, 0, 0),
        _ => new AuditCounts(0, 0, 0, 1, 0),
    };

    public static AuditCounts operator +(AuditCounts a, AuditCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
        a.TrueNegatives + b.TrueNegatives, a.Misrouted + b.Misrouted);

    /// <summary>Failures predicted resolved, over true failures.</summary>
    public double FalseNegativeRate => Ratio(FalseNegatives, TruePositives + FalseNegatives);

    public double FalsePositiveRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>Escalated predicted abandoned or the reverse, over true failures detected as failures.</summary>
    public double MisrouteRate => Ratio(Misrouted, TruePositives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;

    internal static void CheckLabels(AuditRow row)
    {
        if (row.Truth is < 0 or >= OutcomeClasses.Count || row.Predicted is < 0 or >= OutcomeClasses.Count)
            throw new ArgumentException($"Session {row.SessionId}: labels are class indices 0–2.");
    }
}
