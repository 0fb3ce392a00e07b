using Microsoft.Data.Analysis;

namespace BlindSpot.Charts;

public static partial class Figures
{
    /// <summary>
    /// The place of a chart that does not apply to this data (e.g. abandonment under a definition without an abandoned
    /// class): an empty plot whose title says why, and the reason as its one-row table, so a notebook still runs.
    /// </summary>
    public static Figure NotApplicable(string title, string reason)
    {
        ChartInput.Title(title);
        ChartInput.Title(reason, nameof(reason));
        var layout = ChartStyle.Layout($"{title}<br><sub>not applicable: {reason}</sub>");
        var table = new DataFrame(new StringDataFrameColumn("not applicable", [reason]));
        return Build(title, [], layout, table, Svg.SvgCharts.Empty($"{title}<br>not applicable: {reason}"));
    }
}
