using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>
/// Fills, for one conversation in order, the contract's columns its export lacks. Events: the mapping's markers, then
/// a handoff where an agent first writes (on the user's request just before it, else on the agent's message) and a
/// resolution where the user's last message confirms it. Bot failures: a fallback reply, the bot repeating itself, or the
/// user's next message saying it did not help, rephrasing the question or asking for a human. Sentiment: the lexicon.
/// </summary>
internal static partial class SessionDerivation
{
    public static void Derive(IReadOnlyList<ExportMessage> turns, IReadOnlySet<string> derived)
    {
        if (derived.Contains("intent"))
            foreach (var t in turns.Where(t => !t.IntentGiven)) t.Intent = t.Speaker == "user" ? "unknown" : null;
        if (derived.Contains("event")) DeriveEvents(turns);
        if (derived.Contains("bot_failure"))
            for (var i = 0; i < turns.Count; i++) turns[i].BotFailure = turns[i].Speaker == "bot" ? BotFailed(turns, i) : null;
        if (derived.Contains("sentiment"))
            foreach (var t in turns)
                t.Sentiment = t.Speaker == "user" && SentimentLexicon.Reads(t.Language) ? SentimentLexicon.Score(t.Text) : null;
    }

    /// <summary>The events the export did not give (its markers and signals are already on the rows, and win).</summary>
    private static void DeriveEvents(IReadOnlyList<ExportMessage> turns)
    {
        var firstAgent = Index(turns, t => t.Speaker == "agent");
        if (firstAgent >= 0 && turns[firstAgent].Event is null && turns.All(t => t.Event != "agent_joined")) turns[firstAgent].Event = "agent_joined";
        var marked = Index(turns, t => t.Event == "handoff_requested");
        if (marked < 0 && firstAgent >= 0)
        {
            var request = LastBefore(turns, firstAgent, t => t.Speaker == "user" && ConversationSignals.AsksForHuman(t.Text));
            if (request < 0) request = LastBefore(turns, firstAgent, t => t.Speaker == "user");
            if (request >= 0 && turns[request].Event is null) turns[request].Event = "handoff_requested";
            marked = request;
        }
        if (marked < 0 && turns.All(t => t.Event != "resolution_confirmed"))
        {
            var lastUser = LastBefore(turns, turns.Count, t => t.Speaker == "user");
            if (lastUser >= 0 && turns[lastUser].Event is null && ConversationSignals.ConfirmsResolution(turns[lastUser].Text))
                turns[lastUser].Event = "resolution_confirmed";
        }
    }

    private static bool BotFailed(IReadOnlyList<ExportMessage> turns, int i)
    {
        var text = turns[i].Text;
        var firstUser = Index(turns, t => t.Speaker == "user");
        if (firstUser < 0 || firstUser > i) return false; // the greeting
        if (ConversationSignals.AnnouncesHandoff(text)) return false;
        // the greeting re-shown (after the user's "hi", or on coming back) is a greeting still
        if (turns.Take(firstUser).Any(t => t.Speaker == "bot" && Normal(t.Text) == Normal(text))) return false;
        if (ConversationSignals.IsFallback(text)) return true;
        if (RepeatsAnAnswer(turns, i)) return true;
        // Only an answer to the user is judged by the user's next message; a menu the bot re-shows after its own answer is not.
        if (ReplyTo(turns, i) < 0) return false;
        var next = NextUserMessage(turns, i);
        if (next < 0) return false;
        var reply = turns[next].Text;
        return ConversationSignals.SaysItDidNotHelp(reply) || ConversationSignals.AsksForHuman(reply)
            || turns.Take(i).Any(t => t.Speaker == "user" && Rephrases(reply, t.Text));
    }

    /// <summary>
    /// The bot gives, in reply to a user message, the very answer it gave earlier in reply to a different user message.
    /// A menu or prompt the bot re-shows after its own answer, or after the same button or question, is not a repeat of
    /// this kind: deployed bots re-show them by design.
    /// </summary>
    private static bool RepeatsAnAnswer(IReadOnlyList<ExportMessage> turns, int i)
    {
        var asked = ReplyTo(turns, i);
        if (asked < 0 || ConversationSignals.IsPrompt(turns[i].Text)) return false;
        var text = Normal(turns[i].Text);
        for (var j = 0; j < i; j++)
        {
            if (turns[j].Speaker != "bot" || Normal(turns[j].Text) != text) continue;
            var earlier = ReplyTo(turns, j);
            if (earlier >= 0 && !SameQuestion(turns[earlier].Text, turns[asked].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// The user's next message after bot message <paramref name="i"/>, looking past what the bot adds on its own (a menu
    /// re-shown after its answer); -1 when the bot answers another user message first, or the user never writes again.
    /// </summary>
    private static int NextUserMessage(IReadOnlyList<ExportMessage> turns, int i)
    {
        for (var j = i + 1; j < turns.Count; j++)
        {
            if (turns[j].Speaker == "user") return j;
            if (turns[j].Speaker == "bot" && ReplyTo(turns, j) >= 0) return -1;
        }
        return -1;
    }

    /// <summary>The user message a bot message answers: the one right before it (else -1: it follows the bot's own message).</summary>
    private static int ReplyTo(IReadOnlyList<ExportMessage> turns, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (turns[j].Speaker == "user") return j;
            if (turns[j].Speaker == "bot") return -1;
        }
        return -1;
    }

    /// <summary>The user asked the same thing twice: the same words, or half of the longer message's words shared.</summary>
    private static bool SameQuestion(string a, string b)
    {
        if (Normal(a) == Normal(b)) return true;
        var (wa, wb) = (Words(a), Words(b));
        var longer = Math.Max(wa.Count, wb.Count);
        return longer > 0 && wa.Count(wb.Contains) >= 0.5 * longer;
    }

    /// <summary>
    /// A later message tells again what an earlier one said: it holds the earlier message whole (any script), or most
    /// (at least 60 %) of its words, when it has three or more.
    /// </summary>
    public static bool Retells(string later, string earlier)
    {
        var (l, e) = (Normal(later), Normal(earlier));
        if (e.Length >= 8 && l.Contains(e, StringComparison.Ordinal)) return true;
        var words = Words(earlier);
        if (words.Count < 3) return false;
        var told = Words(later);
        return words.Count(told.Contains) >= 0.6 * words.Count;
    }

    /// <summary>Most of a message's words (at least four) repeat an earlier user message.</summary>
    public static bool Rephrases(string message, string earlier)
    {
        var words = Words(message);
        if (words.Count < 4) return false;
        var before = Words(earlier);
        return words.Count(before.Contains) >= 0.6 * words.Count;
    }

    private static HashSet<string> Words(string text) => [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    private static string Normal(string text) => Regex.Replace(text.ToLowerInvariant(), @"\s+", " ").Trim();

    private static int Index(IReadOnlyList<ExportMessage> turns, Func<ExportMessage, bool> test)
    {
        for (var i = 0; i < turns.Count; i++) if (test(turns[i])) return i;
        return -1;
    }

    private static int LastBefore(IReadOnlyList<ExportMessage> turns, int end, Func<ExportMessage, bool> test)
    {
        for (var i = end - 1; i >= 0; i--) if (test(turns[i])) return i;
        return -1;
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
