namespace BlindSpot.Handoff;

/// <summary>A row of handoff_metrics.sql's <c>segmented</c>: one path's satisfaction and speed.</summary>
public sealed record SegmentRow(string Segment, double? Csat, double? Nps, double? SatisfiedRate, double? FirstReplyMinutes, double? FirstUsefulReplyMinutes);

/// <summary>A row of handoff_metrics.sql's <c>by_packet</c>: escalations by how complete a case packet the agent received.</summary>
public sealed record PacketRow(string Packet, double? ReExplanationRate, double? FirstUsefulReplyMinutes, double? Csat,
                               long? ReExplanationKnown, long? CsatAnswers, double? CsatSd);

/// <summary>A row of handoff_metrics.sql's <c>escalated_by_intent</c>.</summary>
public sealed record IntentCsatRow(string Intent, double? Csat);

/// <summary>handoff_metrics.sql's <c>escalated_arrival</c>: escalated CSAT against the customer's mood on arrival.</summary>
public sealed record ArrivalRow(long Responses, double? CsatAtNeutralArrival, double? CsatPerSentiment, double? MeanArrivalSentiment);
