using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>One escalated session after the handoff: what the agent received and how the recovery went.</summary>
public sealed record HandoffRecord(
    string SessionId,
    DateTime HandoffTs,
    string PacketLevel,
    PacketFields Fields,
    bool ReExplained,
    bool FirstReplyMovedForward,
    int FirstReplySeconds,
    int FirstUsefulReplySeconds,
    double RecoveryMinutes,
    bool ResolvedByAgent);

/// <summary>A case handled by a human from the start.</summary>
public sealed record HumanOnlyCase(
    string CaseId,
    string Intent,
    DateTime OpenedTs,
    int FirstReplySeconds,
    int FirstUsefulReplySeconds,
    bool ReExplained,
    bool Resolved);

/// <summary>A post-case survey sent for one case; the scores are NULL when the customer did not answer.</summary>
public sealed record SurveyRow(string CaseId, string Path, bool Responded, int? Csat, int? Nps);

/// <summary>What the human leg adds to one bot session: nothing, a survey (bot-resolved), or a handoff with the agent's turns and a survey.</summary>
public sealed record HumanLeg(HandoffRecord? Handoff, IReadOnlyList<TurnRow> AgentTurns, SurveyRow? Survey)
{
    public static readonly HumanLeg Empty = new(null, [], null);
}
