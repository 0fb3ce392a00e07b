namespace BlindSpot.Simulation.Export;

/// <summary>
/// One row of a conversation file, with what the generator knows about it and the file does not say: whether a bot
/// message is a true failure, the language the customer wrote in, and whether the customer is re-explaining to an
/// agent what they told the bot. The truth is counted from these rows, never from the generator's intentions.
/// </summary>
internal sealed record WebchatRow(string SenderType, string SenderName, DateTime Time, string Message, string Data)
{
    public const string Web = "web";
    public const string Bot = "bot";
    public const string Dashboard = "dashboard";
    public const string System = "system";

    public bool BotFailure { get; init; }

    /// <summary>en, zh, es or de for a customer row; a click, a rating or an order number counts as en (the buttons are English).</summary>
    public string Language { get; init; } = "en";

    public bool ReExplanation { get; init; }
}
