using Microsoft.Data.Analysis;

namespace BlindSpot.Audit;

/// <summary>
/// The audit before and after per-group thresholds for FNR parity (<see cref="FnrParityThresholds"/>), on the same
/// rows and the same bootstrap seed: the FNR spread between groups before and after, and what it costs in overall F1
/// of failure detection.
/// </summary>
public sealed class Mitigation
{
    private Mitigation(GroupAudit before, GroupAudit after, IReadOnlyList<ThresholdChoice> thresholds)
    {
        Before = before;
        After = after;
        Thresholds = thresholds;
    }

    public GroupAudit Before { get; }
    public GroupAudit After { get; }
    public IReadOnlyList<ThresholdChoice> Thresholds { get; }

    public static Mitigation Run(IReadOnlyList<AuditRow> rows, AuditOptions? options = null)
    {
        options ??= new AuditOptions();
        var groups = rows.Select(r => r.Group).Distinct().ToList();
        var thresholds = FnrParityThresholds.Choose(rows, options.MinSupport);
        return new Mitigation(new GroupAudit(rows, options, groups), new GroupAudit(FnrParityThresholds.Apply(rows, thresholds), options, groups), thresholds);
    }

    /// <summary>Largest minus smallest group FNR (groups with enough support).</summary>
    public double FnrDisparityBefore => Before.Between(AuditMetric.FalseNegativeRate).Difference;
    public double FnrDisparityAfter => After.Between(AuditMetric.FalseNegativeRate).Difference;

    public double F1Before => Before.Overall(AuditMetric.F1).Value;
    public double F1After => After.Overall(AuditMetric.F1).Value;

    /// <summary>Overall F1 lost to the mitigation, in points (× 100); negative when it gains.</summary>
    public double F1CostPoints => 100 * (F1Before - F1After);

    /// <summary>Mean threshold of a group over the folds.</summary>
    public double MeanThreshold(string group) => Thresholds.Where(t => t.Group == group).Average(t => t.Threshold);

    /// <summary>group, threshold (mean over folds), FNR before / after with intervals, F1 before / after; then "overall".</summary>
    public DataFrame ToDataFrame()
    {
        var fnr = AuditMetric.FalseNegativeRate;
        var f1 = AuditMetric.F1;
        var groups = Before.Groups;
        string Fnr(GroupAudit a, string g) => AuditFrames.Cell(a[g, fnr]);
        return new DataFrame(
            new StringDataFrameColumn("group", groups.Append("overall")),
            new DoubleDataFrameColumn("threshold", groups.Select(g => (double?)Math.Round(MeanThreshold(g), 3)).Append(null)),
            new StringDataFrameColumn("fnr_before", groups.Select(g => Fnr(Before, g)).Append(AuditFrames.Cell(Before.Overall(fnr)))),
            new StringDataFrameColumn("fnr_after", groups.Select(g => Fnr(After, g)).Append(AuditFrames.Cell(After.Overall(fnr)))),
            new StringDataFrameColumn("status_before", groups.Select(g => DisparityFlag.Describe(Before[g, fnr].Status)).Append("")),
            new StringDataFrameColumn("status_after", groups.Select(g => DisparityFlag.Describe(After[g, fnr].Status)).Append("")),
            new StringDataFrameColumn("f1_before", groups.Select(g => AuditFrames.Cell(Before[g, f1])).Append(AuditFrames.Cell(Before.Overall(f1)))),
            new StringDataFrameColumn("f1_after", groups.Select(g => AuditFrames.Cell(After[g, f1])).Append(AuditFrames.Cell(After.Overall(f1)))));
    }
}
