using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>Satisfaction on one path (bot-resolved, escalated, human-only, or the blend of the first two), and how soon a
/// human answered on the paths that have one (median minutes to the first message, and to the first useful one).</summary>
public sealed record SegmentFigures(double? Csat, double? Nps, double? SatisfiedRate)
{
    public double? FirstReplyMinutes { get; init; }
    public double? FirstUsefulReplyMinutes { get; init; }
}

/// <summary>
/// The escalated path's CSAT against the customer's sentiment on arrival (a least-squares line over the answered
/// surveys): its value at a neutral arrival, its slope, and the mean arrival sentiment of those who answered.
/// </summary>
public sealed record ArrivalAdjustment(double CsatAtNeutralArrival, double CsatPerSentiment, double MeanArrivalSentiment, int Responses)
{
    /// <summary>How much of the escalated path's CSAT shortfall its customers' mood on arrival accounts for.</summary>
    public double ExplainedByArrival(double escalatedCsat) => CsatAtNeutralArrival - escalatedCsat;
}

/// <summary>The escalated path with one level of packet completeness.</summary>
public sealed record PacketFigures(double? ReExplanationRate, double? FirstUsefulReplyMinutes, double? Csat)
{
    /// <summary>Escalations whose re-explanation is known, and CSAT answers with their SD: what a difference's interval needs.</summary>
    public long? ReExplanationKnown { get; init; }
    public long? CsatAnswers { get; init; }
    public double? CsatSd { get; init; }
}

/// <summary>What notebook 06 hands on: satisfaction by path, the escalated path by packet completeness and by intent, and
/// the escalated path's CSAT adjusted for the customer's sentiment on arrival.</summary>
public sealed record HandoffFindings(
    SortedDictionary<string, SegmentFigures> Segments,
    SortedDictionary<string, PacketFigures> Packets) : IFindings
{
    public static string Stage => "06-handoff-seam";

    public static int SchemaVersion => 3;

    /// <summary>Escalated-path CSAT by the intent of the customer's first message (null: nobody answered).</summary>
    public SortedDictionary<string, double?> EscalatedCsatByIntent { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Null when too few escalated customers answered the survey to draw the line.</summary>
    public ArrivalAdjustment? Arrival { get; init; }

    /// <param name="segmented">handoff_metrics.sql's <c>segmented</c> query.</param>
    /// <param name="byPacket">handoff_metrics.sql's <c>by_packet</c> query.</param>
    /// <param name="byIntent">handoff_metrics.sql's <c>escalated_by_intent</c> query.</param>
    /// <param name="arrival">handoff_metrics.sql's <c>escalated_arrival</c> query.</param>
    public static HandoffFindings From(DataFrame segmented, DataFrame byPacket, DataFrame? byIntent = null, DataFrame? arrival = null)
    {
        var segments = segmented.As<SegmentRow>("handoff_metrics.sql segmented");
        var packets = byPacket.As<PacketRow>("handoff_metrics.sql by_packet");
        var intents = byIntent?.As<IntentCsatRow>("handoff_metrics.sql escalated_by_intent") ?? [];
        var arrivalRow = arrival is { Rows.Count: 1 } ? arrival.Single<ArrivalRow>("handoff_metrics.sql escalated_arrival") : null;
        return new(
            new(segments.ToDictionary(s => s.Segment, s => new SegmentFigures(s.Csat, s.Nps, s.SatisfiedRate)
            {
                FirstReplyMinutes = s.FirstReplyMinutes,
                FirstUsefulReplyMinutes = s.FirstUsefulReplyMinutes,
            }), StringComparer.Ordinal),
            new(packets.ToDictionary(p => p.Packet, p => new PacketFigures(p.ReExplanationRate, p.FirstUsefulReplyMinutes, p.Csat)
            {
                ReExplanationKnown = p.ReExplanationKnown,
                CsatAnswers = p.CsatAnswers,
                CsatSd = p.CsatSd,
            }), StringComparer.Ordinal))
        {
            EscalatedCsatByIntent = new(intents.ToDictionary(i => i.Intent, i => i.Csat), StringComparer.Ordinal),
            Arrival = arrivalRow is { CsatAtNeutralArrival: { } atNeutral, CsatPerSentiment: { } slope } && arrivalRow.Responses >= MinimumArrivalResponses
                      && double.IsFinite(atNeutral) && double.IsFinite(slope)
                ? new ArrivalAdjustment(atNeutral, slope, arrivalRow.MeanArrivalSentiment ?? double.NaN, (int)arrivalRow.Responses)
                : null,
        };
    }

    /// <summary>Answered escalated surveys below which the arrival line is not drawn.</summary>
    public const int MinimumArrivalResponses = 20;

    public SegmentFigures Segment(string name) => Segments.TryGetValue(name, out var s) ? s
        : throw new KeyNotFoundException($"No '{name}' path in the handoff findings (paths: {string.Join(", ", Segments.Keys)}).");

    public PacketFigures? Packet(string level) => Packets.GetValueOrDefault(level);
}
