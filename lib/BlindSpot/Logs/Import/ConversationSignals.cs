using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>
/// The phrases deployed support bots and their users commonly write, from which import derives what an export lacks:
/// a bot's fallback replies, a user saying an answer did not help, asking for a human, or confirming the problem is solved.
/// Written from common chatbot wording, not from any one bot's templates; the tests hold realistic messages of each kind.
/// </summary>
public static partial class ConversationSignals
{
    /// <summary>A bot reply that admits it did not understand or cannot help (a fallback).</summary>
    public static bool IsFallback(string text) => Fallback().IsMatch(text);

    /// <summary>A user message saying the last answer did not help (or going back to the same question).</summary>
    public static bool SaysItDidNotHelp(string text) => DidNotHelp().IsMatch(text);

    public static bool AsksForHuman(string text) => Human().IsMatch(text);

    /// <summary>A user message confirming the problem is solved.</summary>
    public static bool ConfirmsResolution(string text) => Confirmation().IsMatch(text);

    [GeneratedRegex(@"(didn'?t|did not|don'?t|do not|couldn'?t|could not) (quite )?(understand|get that|follow)|\brephrase\b|say that again|not sure (i|we) (can|could) help|\bi (can'?t|cannot|am unable to|'m unable to) help|something went wrong|try again later|(an|unexpected) error (has )?occurred|\bi can help (you )?with\b|here are some (popular |helpful |related )?(articles|links|topics)|\bi'?m (still )?learning\b|\bsorry,? i (don'?t|didn'?t|can'?t|couldn'?t)\b|(it looks like|did you mean|are you asking about)\b[^.?!]*\?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Fallback();

    [GeneratedRegex(@"not what i (asked|meant|wanted)|(doesn'?t|didn'?t|does not|did not|isn'?t|is not|wasn'?t) (help|work|answer|make sense|right)|already (said|told|tried)|you said that|read my (question|message)|\b(that'?s|that is|this is) (wrong|not right|incorrect|useless|not helpful)|^\s*(no|nope)\b|\bagain\b|same (page|thing|answer)|\b(useless|pointless|unhelpful|not helpful)\b|\btried that\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DidNotHelp();

    [GeneratedRegex(@"\b(human|real person|agent|representative|operator|live (chat|support)|speak to (someone|a person)|talk to (someone|a person)|someone (from|in|at) (support|the team))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Human();

    [GeneratedRegex(@"that (fixed|solved|sorted|did) it|\bworks now\b|all (sorted|good|set)\b|problem solved|that'?s (exactly )?what i need(ed)?|that'?s all i need(ed)?|(thanks|thank you)[,!. ]+(that|it) (worked|helped|fixed)|\bperfect,? (thanks|thank you|that'?s)|\bissue (is )?resolved\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();
}
