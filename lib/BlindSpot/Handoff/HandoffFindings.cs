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
    public static HandoffFindings From(DataFrame segmented, DataFrame byPacket, DataFrame? byIntent = null, DataFrame? arrival = null) => new(
        new(segmented.Values<string>("segment").ToDictionary(s => s, s => new SegmentFigures(
            segmented.LookupOrNull("segment", s, "csat"), segmented.LookupOrNull("segment", s, "nps"),
            segmented.LookupOrNull("segment", s, "satisfied_rate"))
        {
            FirstReplyMinutes = segmented.LookupOrNull("segment", s, "first_reply_minutes"),
            FirstUsefulReplyMinutes = segmented.LookupOrNull("segment", s, "first_useful_reply_minutes"),
        }), StringComparer.Ordinal),
        new(byPacket.Values<string>("packet").ToDictionary(p => p, p => new PacketFigures(
            byPacket.LookupOrNull("packet", p, "re_explanation_rate"), byPacket.LookupOrNull("packet", p, "first_useful_reply_minutes"),
            byPacket.LookupOrNull("packet", p, "csat"))
        {
            ReExplanationKnown = Count(byPacket, p, "re_explanation_known"),
            CsatAnswers = Count(byPacket, p, "csat_answers"),
            CsatSd = byPacket.LookupOrNull("packet", p, "csat_sd"),
        }), StringComparer.Ordinal))
    {
        EscalatedCsatByIntent = byIntent is null ? new(StringComparer.Ordinal)
            : new(byIntent.Values<string>("intent").ToDictionary(i => i, i => byIntent.LookupOrNull("intent", i, "csat")), StringComparer.Ordinal),
        Arrival = arrival is { Rows.Count: 1 } && arrival.Values<long>("responses")[0] >= MinimumArrivalResponses
                  && arrival["csat_at_neutral_arrival"][0] is double atNeutral && arrival["csat_per_sentiment"][0] is double slope
                  && double.IsFinite(atNeutral) && double.IsFinite(slope)
            ? new ArrivalAdjustment(atNeutral, slope, Convert.ToDouble(arrival["mean_arrival_sentiment"][0]), (int)arrival.Values<long>("responses")[0])
            : null,
    };

    private static long? Count(DataFrame byPacket, string packet, string column) =>
        byPacket.LookupOrNull("packet", packet, column) is { } v ? (long)v : null;

    /// <summary>Answered escalated surveys below which the arrival line is not drawn.</summary>
    public const int MinimumArrivalResponses = 20;

    public SegmentFigures Segment(string name) => Segments.TryGetValue(name, out var s) ? s
        : throw new KeyNotFoundException($"No '{name}' path in the handoff findings (paths: {string.Join(", ", Segments.Keys)}).");

    public PacketFigures? Packet(string level) => Packets.GetValueOrDefault(level);
}
