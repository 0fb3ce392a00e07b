using System.Globalization;
using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Audit;

/// <summary>The audit as tables for a notebook (numbers rounded to 3 decimals for reading; no number = empty cell).</summary>
public static class AuditFrames
{
    private static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 3) : null;

    private static string F(double value) => NumberText.Number(value, 3);

    /// <summary>"0.083 [0.061, 0.107]", or "insufficient support (n = 3)".</summary>
    public static string Cell(GroupResult r) => r.HasSupport
        ? double.IsFinite(r.Value) ? $"{F(r.Value)} {r.Interval}" : "—"
        : $"insufficient support (n = {r.Support})";

    public static string Cell(OverallResult r) => double.IsFinite(r.Value) ? $"{F(r.Value)} {r.Interval}" : "—";

    /// <summary>
    /// One metric: group, rows, support, value, interval, difference and ratio to overall with intervals, status, and how
    /// many bootstrap replicates had no value (left out of the intervals); then overall.
    /// </summary>
    public static DataFrame ByGroup(GroupAudit audit, AuditMetric metric)
    {
        var rows = audit.ByGroup(metric);
        var overall = audit.Overall(metric);
        return new DataFrame(
            new StringDataFrameColumn("group", rows.Select(r => r.Group).Append("overall")),
            new Int32DataFrameColumn("rows", rows.Select(r => r.Rows).Append(overall.Rows)),
            new Int32DataFrameColumn("denominator", rows.Select(r => r.Support).Append(overall.Support)),
            new DoubleDataFrameColumn(metric.Name, rows.Select(r => Round(r.Value)).Append(Round(overall.Value))),
            new DoubleDataFrameColumn("lower", rows.Select(r => Round(r.Interval.Lower)).Append(Round(overall.Interval.Lower))),
            new DoubleDataFrameColumn("upper", rows.Select(r => Round(r.Interval.Upper)).Append(Round(overall.Interval.Upper))),
            new DoubleDataFrameColumn("difference", rows.Select(r => Round(r.Difference)).Append(null)),
            new DoubleDataFrameColumn("ratio", rows.Select(r => Round(r.Ratio)).Append(null)),
            new StringDataFrameColumn("ratio_interval", rows.Select(r => r.RatioInterval.ToString()).Append("")),
            new StringDataFrameColumn("status", rows.Select(Status).Append("")),
            new DoubleDataFrameColumn("ratio_to_rest", rows.Select(r => Round(r.RatioToRest)).Append(null)),
            new StringDataFrameColumn("p vs rest (Holm)", rows.Select(r => PText(r.AdjustedPValue)).Append("")),
            new StringDataFrameColumn("replicates_undefined", rows.Select(r => r.HasSupport ? $"{r.UndefinedReplicates} of {audit.Options.Bootstrap}" : "").Append("")));
    }

    /// <summary>
    /// Missed failures scored two ways, per group then overall: against the observed labels the model learned, and
    /// against the simulator's latent truth (<see cref="LatentTruth"/>), each with its interval and its number of failures.
    /// </summary>
    public static DataFrame ObservedVsTruth(GroupAudit observed, GroupAudit truth, AuditMetric metric)
    {
        var groups = observed.Groups.Union(truth.Groups).Order(StringComparer.Ordinal).ToList();
        string Value(GroupAudit audit, string group) => audit.Groups.Contains(group) ? Cell(audit[group, metric]) : "—";
        return new DataFrame(
            new StringDataFrameColumn("group", groups.Append("overall")),
            new Int32DataFrameColumn("failures_observed", groups.Select(g => observed.Groups.Contains(g) ? observed[g, metric].Support : 0).Append(observed.Overall(metric).Support)),
            new StringDataFrameColumn($"{metric.Name}_observed", groups.Select(g => Value(observed, g)).Append(Cell(observed.Overall(metric)))),
            new Int32DataFrameColumn("failures_truth", groups.Select(g => truth.Groups.Contains(g) ? truth[g, metric].Support : 0).Append(truth.Overall(metric).Support)),
            new StringDataFrameColumn($"{metric.Name}_truth", groups.Select(g => Value(truth, g)).Append(Cell(truth.Overall(metric)))));
    }

    /// <summary>fairlearn's <c>MetricFrame.by_group</c>: one row per group (then overall), one column per metric, plus rows.</summary>
    public static DataFrame MetricFrame(GroupAudit audit)
    {
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("group", audit.Groups.Append("overall")),
            new Int32DataFrameColumn("sessions", audit.Groups.Select(g => audit[g, audit.Metrics[0]].Rows).Append(audit.Rows)),
        };
        foreach (var m in audit.Metrics)
            columns.Add(new DoubleDataFrameColumn(m.Name, audit.ByGroup(m).Select(r => Round(r.Value)).Append(Round(audit.Overall(m).Value))));
        return new DataFrame(columns);
    }

    /// <summary>
    /// The flags: one row per group, one column per metric, each cell the ratio to overall and its verdict
    /// ("parity ×0.93", "above ×1.62", "below ×0.55", "insufficient support"; "parity ×1.40 (flag removed by Holm)").
    /// </summary>
    public static DataFrame Flags(GroupAudit audit)
    {
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("group", audit.Groups) };
        foreach (var m in audit.Metrics)
            columns.Add(new StringDataFrameColumn(m.Name, audit.ByGroup(m).Select(FlagCell)));
        return new DataFrame(columns);
    }

    /// <summary>A continuous p-value (not a bootstrap's): "&lt; 0.001" below that, empty where there is none.</summary>
    private static string PText(double p) =>
        !double.IsFinite(p) ? "" : p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The flag with the group's ratio to the rest, which the flag tests; "reported" for a metric the audit does not test.</summary>
    private static string FlagCell(GroupResult r) => r.Status switch
    {
        DisparityStatus.InsufficientSupport => "insufficient support",
        _ when !double.IsFinite(r.RatioToRest) => "—",
        _ when !r.Metric.Tested => $"×{r.RatioToRest.ToString("0.00", CultureInfo.InvariantCulture)} vs rest (reported, not tested)",
        DisparityStatus.Higher => $"above the rest ×{r.RatioToRest.ToString("0.00", CultureInfo.InvariantCulture)}",
        DisparityStatus.Lower => $"below the rest ×{r.RatioToRest.ToString("0.00", CultureInfo.InvariantCulture)}",
        _ when r.FlagRemovedByCorrection => $"parity ×{r.RatioToRest.ToString("0.00", CultureInfo.InvariantCulture)} vs rest (flag removed by Holm)",
        _ => $"parity ×{r.RatioToRest.ToString("0.00", CultureInfo.InvariantCulture)} vs rest",
    };

    private static string Status(GroupResult r) =>
        !r.Metric.Tested && r.HasSupport ? "reported, not tested" : r.FlagRemovedByCorrection ? "parity (flag removed by Holm)" : DisparityFlag.Describe(r.Status);

    /// <summary>
    /// Between groups, per metric: the smallest and largest group, their difference and ratio with intervals (for that pair),
    /// and how many bootstrap replicates had no value for one of them.
    /// </summary>
    public static DataFrame Between(GroupAudit audit)
    {
        var rows = audit.Metrics.Select(audit.Between).ToList();
        return new DataFrame(
            new StringDataFrameColumn("metric", rows.Select(r => r.Metric.Name)),
            new StringDataFrameColumn("min_group", rows.Select(r => r.MinGroup ?? "")),
            new StringDataFrameColumn("max_group", rows.Select(r => r.MaxGroup ?? "")),
            new DoubleDataFrameColumn("difference", rows.Select(r => Round(r.Difference))),
            new StringDataFrameColumn("difference_interval", rows.Select(r => r.DifferenceInterval.ToString())),
            new DoubleDataFrameColumn("ratio", rows.Select(r => Round(r.Ratio))),
            new StringDataFrameColumn("ratio_interval", rows.Select(r => r.RatioInterval.ToString())),
            new StringDataFrameColumn("replicates_undefined", rows.Select(r => $"{r.UndefinedReplicates} of {r.Replicates}")));
    }
}
