using BlindSpot.Charts;

namespace BlindSpot.Audit;

/// <summary>
/// The flags table's ratios to overall as a heatmap, one row per group and one column per metric, so the cells far
/// from 1 stand out. A metric with a ratio that cannot be computed for some group (too little support) is left out;
/// the table beside it still lists it.
/// </summary>
public static class FlagsChart
{
    public static Figure Of(GroupAudit audit)
    {
        var metrics = audit.Metrics.Where(m => audit.ByGroup(m).All(r => double.IsFinite(r.Ratio))).ToList();
        if (metrics.Count == 0)
            return Figures.NotApplicable("Ratio to overall, per group and metric", "no metric has a ratio for every group");
        var z = new double[audit.Groups.Count, metrics.Count];
        for (var m = 0; m < metrics.Count; m++)
        {
            var byGroup = audit.ByGroup(metrics[m]);
            for (var g = 0; g < audit.Groups.Count; g++) z[g, m] = Math.Round(byGroup[g].Ratio, 2);
        }
        return Figures.Heatmap("Ratio to overall, per group and metric (1 = parity)", "metric", "group",
            [.. metrics.Select(m => m.Name)], audit.Groups, z);
    }
}
