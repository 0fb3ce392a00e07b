namespace BlindSpot.Logs;

/// <summary>One message of an export on its way into the contract: what the export says, then what import mapped or derived.</summary>
internal sealed class ExportMessage
{
    public required string SessionId { get; init; }
    public required long Order { get; init; }
    public required DateTime Ts { get; init; }
    public required string Speaker { get; init; }
    public required string Text { get; init; }
    public string? Intent { get; set; }
    public double? Sentiment { get; set; }
    public bool? BotFailure { get; set; }
    public string? Event { get; set; }
}
