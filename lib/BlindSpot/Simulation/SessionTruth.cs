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
    bool HiddenFailureIntent);

public sealed record SimulatedSession(IReadOnlyList<TurnRow> Turns, SessionTruth Truth);
