using BlindSpot.Simulation;

namespace BlindSpot.Handoff;

/// <summary>The interaction paths a post-case survey is segmented by.</summary>
public static class CasePaths
{
    /// <summary>The bot resolved the case and the customer confirmed it.</summary>
    public const string AiResolved = "ai_resolved";
    /// <summary>The bot handed the customer to a human.</summary>
    public const string AiToHuman = "ai_to_human";
    /// <summary>A human handled the case from the start.</summary>
    public const string HumanOnly = "human_only";

    public static readonly IReadOnlyList<string> All = [AiResolved, AiToHuman, HumanOnly];
}

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
