namespace BlindSpot.Logs;

/// <summary>
/// The bot-failure rule import derives <c>bot_failure</c> with (<see cref="SessionDerivation"/>), on a conversation given
/// as speakers and texts: what the labelled set in the tests measures it on.
/// </summary>
public static class BotFailureDetector
{
    /// <summary>For each message: whether the bot failed there (bot messages), null for everyone else's.</summary>
    public static IReadOnlyList<bool?> Flags(IReadOnlyList<(string Speaker, string Text)> conversation)
    {
        var turns = conversation.Select((m, i) => new ExportMessage
        {
            SessionId = "x", Order = i, Ts = DateTime.UnixEpoch.AddSeconds(i), Speaker = m.Speaker, Text = m.Text,
        }).ToList();
        SessionDerivation.Derive(turns, new HashSet<string> { "bot_failure" });
        return [.. turns.Select(t => t.BotFailure)];
    }
}
