using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>
/// Sentiment of a user message from its words, offline, by a method a reviewer can read: a small lexicon of words support
/// chats use, each with a score; a negation within the three words before a word turns it around (half as strong, as
/// VADER does); a message saying the last answer did not help, or asking for a human, adds a fixed measure of frustration
/// (<see cref="ConversationSignals"/>: −1 and −0.8); the sum is squashed into (−1, 1) as sum / √(sum² + 4). A message with no English word the method knows
/// (another language, only codes or numbers) is unknown (null), never neutral.
/// </summary>
public static partial class SentimentLexicon
{
    /// <summary>
    /// Whether the lexicon can read a message of this language: English, or a language that could not be told (the
    /// lexicon then finds an English word or says unknown). Any other language stays unknown, never neutral.
    /// </summary>
    public static bool Reads(string? language) => language is null or "en" or "und";

    private static readonly Dictionary<string, double> Scores = new(StringComparer.Ordinal)
    {
        // thanks and success
        ["thanks"] = 0.6, ["thank"] = 0.6, ["thx"] = 0.5, ["great"] = 0.8, ["perfect"] = 0.9, ["good"] = 0.5, ["works"] = 0.5, ["worked"] = 0.5,
        ["working"] = 0.3, ["fixed"] = 0.6, ["helps"] = 0.5, ["helped"] = 0.6, ["helpful"] = 0.6, ["sorted"] = 0.5, ["solved"] = 0.7,
        ["resolved"] = 0.6, ["glad"] = 0.6, ["awesome"] = 0.8, ["excellent"] = 0.8, ["appreciate"] = 0.6, ["love"] = 0.7, ["nice"] = 0.5,
        ["happy"] = 0.6, ["ok"] = 0.2, ["okay"] = 0.2, ["fine"] = 0.2, ["cool"] = 0.4, ["brilliant"] = 0.8, ["amazing"] = 0.8, ["quick"] = 0.3,
        ["easy"] = 0.4, ["yes"] = 0.2, ["needed"] = 0.2,
        // trouble and frustration
        ["wrong"] = -0.6, ["again"] = -0.4, ["already"] = -0.3, ["crash"] = -0.6, ["crashing"] = -0.6, ["crashes"] = -0.6, ["error"] = -0.4,
        ["declined"] = -0.5, ["locked"] = -0.5, ["expired"] = -0.4, ["problem"] = -0.5, ["issue"] = -0.4, ["stopped"] = -0.4, ["broken"] = -0.6,
        ["fail"] = -0.6, ["failed"] = -0.6, ["failing"] = -0.6, ["useless"] = -0.9, ["frustrated"] = -0.8, ["frustrating"] = -0.8,
        ["annoying"] = -0.7, ["annoyed"] = -0.7, ["terrible"] = -0.9, ["awful"] = -0.9, ["worst"] = -0.9, ["ridiculous"] = -0.8, ["angry"] = -0.8,
        ["unacceptable"] = -0.9, ["stuck"] = -0.5, ["waiting"] = -0.3, ["still"] = -0.2, ["nothing"] = -0.4, ["twice"] = -0.3, ["missing"] = -0.4,
        ["lost"] = -0.5, ["late"] = -0.4, ["complaint"] = -0.6, ["charged"] = -0.3, ["disappointed"] = -0.8, ["bad"] = -0.6, ["hate"] = -0.9,
        ["slow"] = -0.4, ["confusing"] = -0.5, ["confused"] = -0.5, ["unhelpful"] = -0.7, ["pointless"] = -0.7, ["rubbish"] = -0.8,
        ["nonsense"] = -0.7, ["human"] = -0.3, ["person"] = -0.2, ["agent"] = -0.2, ["transfer"] = -0.2, ["cancel"] = -0.2, ["refund"] = -0.2,
        ["can't"] = -0.3, ["cannot"] = -0.3, ["won't"] = -0.3, ["never"] = -0.4, ["doesn't"] = -0.2, ["didn't"] = -0.2, ["isn't"] = -0.2,
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "don't", "doesn't", "didn't", "isn't", "wasn't", "can't", "cannot", "won't", "nothing", "hardly",
    };

    /// <summary>Common English words: a message with none of them, nor of the lexicon, is one the method cannot read.</summary>
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "an", "i", "you", "my", "me", "it", "is", "are", "was", "to", "of", "and", "in", "on", "for", "with", "that", "this", "what",
        "how", "why", "where", "when", "can", "do", "does", "did", "have", "has", "please", "hi", "hello", "be", "at", "from", "your", "we",
        "our", "they", "but", "or", "if", "so", "get", "there", "just", "about", "will", "would", "could", "should", "am", "been", "any", "all",
        "one", "some", "order", "account", "help", "want", "need", "still", "here", "now", "then", "see", "know", "up", "out", "again", "more",
        "thing", "way", "it's", "i'm", "that's", "what's", "there's", "let", "tell", "give", "send", "use", "try", "tried", "new", "old",
    };

    public static double? Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = Word().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value).ToList();
        // "no" alone does not make a message English: Spanish, Italian and Portuguese write it too.
        if (!words.Any(w => English.Contains(w) || Scores.ContainsKey(w) || (Negations.Contains(w) && w != "no"))) return null;
        var sum = 0.0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!Scores.TryGetValue(words[i], out var score)) continue;
            var negated = Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(j => Negations.Contains(words[j]));
            sum += negated && score > 0 ? -0.5 * score : score;
        }
        if (ConversationSignals.SaysItDidNotHelp(text)) sum -= 1.0;
        if (ConversationSignals.AsksForHuman(text)) sum -= 0.8;
        return Math.Round(sum / Math.Sqrt(sum * sum + 4), 3);
    }

    // Letters of any alphabet, so that a word of another language is read whole ("todavía", not "todav" and "a").
    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?")]
    private static partial Regex Word();
}
