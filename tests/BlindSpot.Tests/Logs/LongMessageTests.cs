using System.Diagnostics;
using System.Text;
using BlindSpot.Logs;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// The built-in text checks on a 10 MB message (a pasted log file, a stack trace), in full, not cut short: each finds
/// what the message holds. Their time is printed, not asserted (docs/benchmarks.md quotes it); the patterns run on the
/// non-backtracking engine, so it grows with the message's length only.
/// </summary>
public class LongMessageTests(ITestOutputHelper output)
{
    private static string Message(string tail)
    {
        var text = new StringBuilder(10_500_000);
        // "did you mean" again and again with no question mark: what made the check quadratic
        while (text.Length < 10_000_000) text.Append("did you mean the order from last week or the one before ");
        return text.Append(tail).ToString();
    }

    [Fact]
    public void The_checks_read_a_10_MB_message_whole_and_find_what_is_at_its_end()
    {
        var confirms = Message("anyway that fixed it, thanks");
        var asks = Message("did you mean this?");
        var clock = Stopwatch.StartNew();

        var results = new[]
        {
            ConversationSignals.ConfirmsResolution(confirms), ConversationSignals.IsFallback(confirms), ConversationSignals.IsFallback(asks),
            ConversationSignals.AsksForHuman(confirms), ConversationSignals.SaysItDidNotHelp(confirms),
        };
        var language = MessageLanguage.Of(confirms);
        var sentiment = SentimentLexicon.Score(confirms);

        output.WriteLine($"five checks, the language and the sentiment of two 10 MB messages: {clock.Elapsed.TotalSeconds:F2} s");
        Assert.Equal([true, false, true, false, false], results);
        Assert.Equal("en", language);
        Assert.NotNull(sentiment);
    }
}
