using BlindSpot.Logs;
using BlindSpot.Sql;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>What the handoff stage found: each file's validation, satisfaction by path and by packet, and the findings.</summary>
public sealed record HandoffRun(IReadOnlyList<HandoffValidationReport> Reports, DataFrame Segmented, DataFrame ByPacket, HandoffFindings Findings);

/// <summary>The handoff stage: a loaded turn log and the human leg's files → the seam's metrics, segmented.</summary>
public static class HandoffStage
{
    public static HandoffRun Run(SqlSession loadedLog, HandoffFiles files)
    {
        var reports = HandoffData.Load(loadedLog, files);
        var segmented = loadedLog.Query("handoff_metrics.sql", "segmented");
        var byPacket = loadedLog.Query("handoff_metrics.sql", "by_packet");
        return new HandoffRun(reports, segmented, byPacket, HandoffFindings.From(segmented, byPacket));
    }
}
