using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>What the simulator knows and the logs do not: kept in its own file, never a feature.</summary>
public sealed record SessionTruth(
    string SessionId,
    string Intent,
    UserProfile Profile,
    bool OutOfScope,
    int AnswersNeeded,
    int Patience,
    string TrueOutcome,
    int BotFailures,
    bool HiddenFailureIntent)
{
    /// <summary>With returns on: the session in which this one's conversation or customer came back (null: none).</summary>
    public string? ReturnedAs { get; init; }

    /// <summary>With returns on: the session this one is a return of (null: a first contact).</summary>
    public string? ReturnOf { get; init; }
}

/// <summary>One simulated session; with returns on, the conversation and customer it belongs to (null otherwise).</summary>
public sealed record SimulatedSession(IReadOnlyList<TurnRow> Turns, SessionTruth Truth)
{
    public string? ConversationId { get; init; }
    public string? CustomerId { get; init; }
}
