using BlindSpot.Modeling;

namespace BlindSpot.Audit;

/// <summary>What the audit stage found from its rows: the metrics by group, the per-group thresholds' effect, and the findings.</summary>
public sealed record AuditRun(IReadOnlyList<AuditRow> Rows, GroupAudit Audit, Mitigation Mitigation, AuditFindings Findings);

/// <summary>
/// The audit stage: the level-1 detector's out-of-fold predictions → every metric by group with bootstrap intervals,
/// and the per-group thresholds for FNR parity.
/// </summary>
public static class AuditStage
{
    public static AuditRun Run(IReadOnlyList<AuditRow> rows, AuditOptions options, string groupColumn = FeatureLoader.IntentColumn,
                               string? outcomeDefinition = null)
    {
        var audit = new GroupAudit(rows, options);
        var mitigation = Mitigation.Run(rows, options);
        return new AuditRun(rows, audit, mitigation, AuditFindings.From(groupColumn, audit, mitigation, outcomeDefinition));
    }

    /// <summary>From the modelling stage's result (repeat 0), grouped by intent.</summary>
    public static AuditRun Run(CvResult result, AuditOptions options, string? outcomeDefinition = null) =>
        Run(AuditData.FromCv(result), options, FeatureLoader.IntentColumn, outcomeDefinition);
}
