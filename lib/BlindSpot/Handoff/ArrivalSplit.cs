using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>
/// The escalated path's CSAT gap to the human-only path, split into what the customers' mood on arrival explains and
/// what remains (<see cref="ArrivalAdjustment"/>): a small table for notebook 06.
/// </summary>
public static class ArrivalSplit
{
    public static object Describe(HandoffFindings f)
    {
        if (f.Arrival is not { } a || f.Segment("ai_to_human").Csat is not { } escalated || f.Segments.GetValueOrDefault("human_only")?.Csat is not { } humanOnly)
            return $"Fewer than {HandoffFindings.MinimumArrivalResponses} escalated customers answered the survey, or there is no human-only path: the gap is not split.";
        string Csat(double v) => NumberText.Number(v);
        return new DataFrame(
            new StringDataFrameColumn("CSAT (1–5)", ["escalated path, as answered", "escalated path at a neutral arrival (sentiment 0)", "human-only path",
                "gap: human-only − escalated", "… explained by arriving upset", "… remaining at a neutral arrival"]),
            new StringDataFrameColumn("value", [Csat(escalated), Csat(a.CsatAtNeutralArrival), Csat(humanOnly),
                Csat(humanOnly - escalated), Csat(a.ExplainedByArrival(escalated)), Csat(humanOnly - a.CsatAtNeutralArrival)]));
    }
}
