using BlindSpot.Core;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>Satisfaction on one path (bot-resolved, escalated, human-only, or the blend of the first two).</summary>
public sealed record SegmentFigures(double? Csat, double? Nps, double? SatisfiedRate);

/// <summary>The escalated path with one level of packet completeness.</summary>
public sealed record PacketFigures(double? ReExplanationRate, double? FirstUsefulReplyMinutes, double? Csat);

/// <summary>What notebook 06 hands on: satisfaction by path and the escalated path by packet completeness.</summary>
public sealed record HandoffFindings(
    SortedDictionary<string, SegmentFigures> Segments,
    SortedDictionary<string, PacketFigures> Packets) : IFindings
{
    public static string Stage => "06-handoff-seam";

    public static int SchemaVersion => 1;

    /// <param name="segmented">handoff_metrics.sql's <c>segmented</c> query.</param>
    /// <param name="byPacket">handoff_metrics.sql's <c>by_packet</c> query.</param>
    public static HandoffFindings From(DataFrame segmented, DataFrame byPacket) => new(
        new(segmented.Values<string>("segment").ToDictionary(s => s, s => new SegmentFigures(
            segmented.LookupOrNull("segment", s, "csat"), segmented.LookupOrNull("segment", s, "nps"),
            segmented.LookupOrNull("segment", s, "satisfied_rate"))), StringComparer.Ordinal),
        new(byPacket.Values<string>("packet").ToDictionary(p => p, p => new PacketFigures(
            byPacket.LookupOrNull("packet", p, "re_explanation_rate"), byPacket.LookupOrNull("packet", p, "first_useful_reply_minutes"),
            byPacket.LookupOrNull("packet", p, "csat"))), StringComparer.Ordinal));

    public SegmentFigures Segment(string name) => Segments.TryGetValue(name, out var s) ? s
        : throw new KeyNotFoundException($"No '{name}' path in the handoff findings (paths: {string.Join(", ", Segments.Keys)}).");

    public PacketFigures? Packet(string level) => Packets.GetValueOrDefault(level);
}
