namespace BlindSpot.Core;

/// <summary>One message of a turn log, in the columns of the turn-log contract (Logs/TurnLogSchema).</summary>
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
