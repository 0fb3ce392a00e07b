using BlindSpot.Sql;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>What the handoff stage found: each file's validation, satisfaction by path, by packet and by intent, the
/// arrival-adjusted escalated CSAT, and the findings.</summary>
public sealed record HandoffRun(IReadOnlyList<HandoffValidationReport> Reports, DataFrame Segmented, DataFrame ByPacket, HandoffFindings Findings,
                                DataFrame ByIntent, DataFrame Arrival);

/// <summary>
/// The handoff stage: a turn log with the human leg loaded beside it (<see cref="HandoffData.Load"/>, whose reports it
/// hands on) → the seam's metrics, segmented.
/// </summary>
public static class HandoffStage
{
    public static HandoffRun Run(SqlSession loadedLog, IReadOnlyList<HandoffValidationReport> reports)
    {
        var segmented = loadedLog.Query("handoff_metrics.sql", "segmented");
        var byPacket = loadedLog.Query("handoff_metrics.sql", "by_packet");
        var byIntent = loadedLog.Query("handoff_metrics.sql", "escalated_by_intent");
        var arrival = loadedLog.Query("handoff_metrics.sql", "escalated_arrival");
        return new HandoffRun(reports, segmented, byPacket, HandoffFindings.From(segmented, byPacket, byIntent, arrival), byIntent, arrival);
    }
}
