using BlindSpot.Core;

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
        foreach (var row in rows) counts += OfRow(row);
        return counts;
    }

    /// <summary>The counts of one row alone (exactly one of TP, FP, FN, TN is 1).</summary>
    public static AuditCounts OfRow(AuditRow row) => (row.Failed, row.PredictedFailed) switch
    {
        (true, true) => new AuditCounts(1, 0, 0, 0, row.Predicted != row.Truth ? 1 : 0),
        (false, true) => new AuditCounts(0, 1, 0, 0, 0),
        (true, false) => new AuditCounts(0, 0, 1, 0, 0),
        _ => new AuditCounts(0, 0, 0, 1, 0),
    };

    public static AuditCounts operator +(AuditCounts a, AuditCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
        a.TrueNegatives + b.TrueNegatives, a.Misrouted + b.Misrouted);

    public static AuditCounts operator -(AuditCounts a, AuditCounts b) => new(
        a.TruePositives - b.TruePositives, a.FalsePositives - b.FalsePositives, a.FalseNegatives - b.FalseNegatives,
        a.TrueNegatives - b.TrueNegatives, a.Misrouted - b.Misrouted);

    public static AuditCounts operator *(AuditCounts a, int times) => new(
        a.TruePositives * times, a.FalsePositives * times, a.FalseNegatives * times, a.TrueNegatives * times, a.Misrouted * times);

    /// <summary>Failure detection alone; its rates are NaN where undefined (a group without failures has no miss rate).</summary>
    public ClassificationCounts Detection => new(TruePositives, FalsePositives, FalseNegatives, TrueNegatives);

    /// <summary>Failures predicted resolved, over true failures.</summary>
    public double FalseNegativeRate => Detection.FalseNegativeRate;

    public double FalsePositiveRate => Detection.FalsePositiveRate;

    public double Precision => Detection.Precision;

    public double Recall => Detection.Recall;

    public double F1 => Detection.F1;

    /// <summary>Escalated predicted abandoned or the reverse, over true failures detected as failures.</summary>
    public double MisrouteRate => Rates.Ratio(Misrouted, TruePositives);

    internal static void CheckLabels(AuditRow row)
    {
        if (row.Truth is < 0 or >= Outcomes.Count || row.Predicted is < 0 or >= Outcomes.Count)
            throw new ArgumentException($"Session {row.SessionId}: labels are class indices 0–2.");
    }
}
