namespace BlindSpot.Simulation;

/// <summary>One message of a turn log, in the columns of <see cref="Logs.TurnLogSchema"/>.</summary>
public sealed record TurnRow(
    string SessionId,
    int TurnIndex,
    DateTime Ts,
    string Speaker,
    string? Intent,
    string Text,
    double? Sentiment,
    bool? BotFailure,
    string? Event);

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
