using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>
/// The phrases deployed support bots and their users commonly write, from which import derives what an export lacks:
/// a bot's fallback replies, a user saying an answer did not help, asking for a human, or confirming the problem is solved.
/// Written from common chatbot wording, not from any one bot's templates; the tests hold realistic messages of each kind.
/// Every pattern runs on the non-backtracking engine: its time is linear in a message's length, whatever the message.
/// </summary>
public static partial class ConversationSignals
{
    /// <summary>A bot reply that admits it did not understand or cannot help (a fallback).</summary>
    public static bool IsFallback(string text) => Fallback().IsMatch(text);

    /// <summary>
    /// A bot message announcing a handoff to a person ("let me connect you with an agent"): a step of the handoff, not a
    /// failure of its own, even when it opens with an apology.
    /// </summary>
    public static bool AnnouncesHandoff(string text) => Handoff().IsMatch(text);

    /// <summary>
    /// A bot message that asks or offers a choice (a question, a menu, a form's prompt): deployed bots re-show these by
    /// design, so repeating one is not giving the same answer twice.
    /// </summary>
    public static bool IsPrompt(string text) => text.Contains('?') || text.Contains('？') || Prompt().IsMatch(text);

    /// <summary>
    /// An agent's holding message after joining ("Hi, I'm Anna, give me a moment to read through this"): a first reply,
    /// not yet a useful one.
    /// </summary>
    public static bool IsHoldingReply(string text) => Holding().IsMatch(text) && !Substance().IsMatch(text);

    /// <summary>A user message saying the last answer did not help (or going back to the same question).</summary>
    public static bool SaysItDidNotHelp(string text) => DidNotHelp().IsMatch(text);

    public static bool AsksForHuman(string text) => Human().IsMatch(text);

    /// <summary>A user message confirming the problem is solved.</summary>
    public static bool ConfirmsResolution(string text) => Confirmation().IsMatch(text);

    [GeneratedRegex(@"(didn'?t|did not|don'?t|do not|couldn'?t|could not) (quite )?(understand|get that|follow|catch that)|\berror\b|\b(couldn'?t|could not|unable to) (fetch|load|process|retrieve|reach)\b|\b(temporarily )?unavailable\b|technical (problem|issue|difficult)|\btrouble (loading|connecting|finding)\b|nicht verstanden|no (te )?(he )?entendido|pas compris|没有理解|没听懂|不明白|系统繁忙|稍后再试|\brephrase\b|say that again|not sure (i|we) (can|could) help|\bi (can'?t|cannot|am unable to|'m unable to) help|something went wrong|try again later|(an|unexpected) error (has )?occurred|\bi can help (you )?with\b|here are some (popular |helpful |related )?(articles|links|topics)|\bi'?m (still )?learning\b|\bsorry,? i (don'?t|didn'?t|can'?t|couldn'?t)\b|(it looks like|did you mean|are you asking about)\b[^.?!]*\?",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Fallback();

    [GeneratedRegex(@"\bi asked (about|for)\b|not what i (asked|meant|wanted)|(doesn'?t|didn'?t|does not|did not|isn'?t|is not|wasn'?t) (help|work|answer|make sense|right)|already (said|told|tried)|you said that|read my (question|message)|\b(that'?s|that is|this is) (wrong|not right|incorrect|useless|not helpful)|\bagain\b|same (page|thing|answer)|\b(useless|pointless|unhelpful|not helpful)\b|\btried that\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DidNotHelp();

    [GeneratedRegex(@"\b(connect(ing)? you|transfer(ring)? you|hand(ing)? you over|put you through)\b|\b(an?|one of our) (agent|specialist|colleague|team member|advisor)s? will\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Handoff();

    [GeneratedRegex(@"^\s*(hi|hello|hey|good (morning|afternoon|evening))\b|\b(give me|bear with me|one) (a )?(moment|minute|second|sec)\b|\b(let me|i'?ll|i will|i'?m going to) (have a )?(look|check|read|review|go through|take a look)|\b(i'?m|i am) (reading|looking|checking|going through|catching up)|\bthanks for (waiting|your patience)\b|^\s*(ok(ay)?|sure|got it)[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Holding();

    /// <summary>What makes an agent's message useful whatever else it says: a number, an action done, or an instruction.</summary>
    [GeneratedRegex(@"\d|\b(i'?ve|i have|we'?ve|we have) (refunded|reset|sent|changed|cancelled|canceled|updated|fixed|issued|resent|unlocked|credited|escalated)\b|\b(you can|you'?ll need to|please (go|open|click|tap|try|log))\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Substance();

    [GeneratedRegex(@"^\s*(please )?(enter|type|choose|select|pick|provide|tell me|send me)\b|\b(choose|pick|select) (one|a topic|an option|from)\b|:\s*(\n|\[|1[.)])",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"\b(human|real person|agent|representative|operator|live (chat|support)|speak to (someone|a person)|talk to (someone|a person)|someone (from|in|at) (support|the team))\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Human();

    [GeneratedRegex(@"that (fixed|solved|sorted|did) it|\bworks now\b|all (sorted|good|set)\b|problem solved|that'?s (exactly )?what i need(ed)?|that'?s all i need(ed)?|(thanks|thank you)[,!. ]+(that|it) (worked|helped|fixed)|\bperfect,? (thanks|thank you|that'?s)|\bissue (is )?resolved\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Confirmation();
}
