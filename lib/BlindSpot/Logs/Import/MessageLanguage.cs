using System.Globalization;
using System.Text;

namespace BlindSpot.Logs;

/// <summary>
/// The language of a user message, guessed offline by a method a reviewer can read, so that import can give every message
/// a language and leave sentiment (an English lexicon, <see cref="SentimentLexicon"/>) unknown where it cannot read one.
/// First the script of the letters: the script holding the most letters decides, Han with any kana is Japanese, Han alone
/// Chinese, and Cyrillic, Arabic, Hebrew, Greek, Thai and Devanagari each stand for one language. Latin text is then told
/// by counting, per language, the words of a short list of its most frequent function words (and, for English, common
/// chat words such as "thanks", "ok", "order"); letters typical of one language (ñ, ß, ç, ã ...) only break a tie.
/// The language with the most hits wins if it has strictly more than the runner-up; otherwise the answer is "und".
/// URLs, e-mail addresses, @mentions, numbers and codes ("ORD-99812") are not words.
/// <para>
/// It is a guess, with known limits: a message in two languages gets the one with more letters, or more hits; short Latin
/// text with no listed word and no typical letter is "und", and so is a word several languages share ("no" alone is
/// English, Spanish, Italian and Portuguese); a language outside <see cref="Known"/> comes out "und" or as the nearest
/// listed one (Ukrainian as "ru", Persian as "ar", Catalan perhaps as "es"); a name with a typical letter ("München")
/// can decide a message with no listed word.
/// </para>
/// <para>
/// Not a statistical model (character n-grams, fastText) because import must run offline with no model file, give the
/// same answer on every machine, be read and corrected by a reviewer in one file, and stay linear in the text's
/// length: one pass over the characters, a dictionary look-up per word, no regular expression, no allocation per word.
/// </para>
/// </summary>
public static class MessageLanguage
{
    public const string Undetermined = "und";

    private static readonly string[] Latin = ["en", "es", "fr", "de", "pt", "it", "nl"];

    /// <summary>The codes <see cref="Of"/> can return besides "und".</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Latin, "zh", "ja", "ko", "ru", "ar", "he", "el", "th", "hi"];

    private static readonly Dictionary<string, string[]> Words = new()
    {
        // function words, then the chat words short English messages consist of ("ok", "thanks!", "my order is late")
        ["en"] = ["the", "and", "is", "are", "was", "were", "i", "i'm", "i've", "you", "my", "me", "it", "it's", "to", "of", "in",
            "on", "for", "with", "that", "this", "what", "how", "why", "where", "when", "can", "can't", "do", "does", "did", "don't",
            "didn't", "doesn't", "have", "has", "not", "be", "at", "from", "your", "we", "but", "if", "just", "still", "will",
            "would", "there", "get", "got", "an", "or", "am", "any",
            "thanks", "thank", "thx", "hi", "hello", "hey", "ok", "okay", "please", "pls", "yes", "yeah", "no", "order", "help",
            "password", "refund", "cancel", "payment", "invoice", "package", "item", "late", "wrong", "arrived", "delivered",
            "received", "charged", "need", "want", "works", "working", "bye", "sure"],
        ["es"] = ["el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "es", "está", "esta", "este", "esto", "por",
            "para", "con", "no", "si", "mi", "mis", "me", "te", "se", "lo", "su", "al", "ha", "hay", "pero", "muy", "ya", "todavía", "qué",
            "dónde", "cómo", "como", "sí", "hola", "gracias", "favor", "pedido", "funciona", "quiero", "puedo", "tengo", "cuenta",
            "ayuda"],
        ["fr"] = ["le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "je", "j'", "il", "on", "nous", "vous", "pas", "ne",
            "n'", "que", "qu'", "qui", "pour", "dans", "sur", "avec", "mon", "ma", "mes", "votre", "ce", "c'", "ça", "au", "l'", "d'",
            "s'", "me", "se", "non", "mais", "ai", "suis", "été", "toujours", "bonjour", "merci", "commande", "reçu", "compte", "aide"],
        ["de"] = ["der", "die", "das", "den", "dem", "und", "ist", "ich", "nicht", "ein", "eine", "einen", "mit", "zu", "von", "es",
            "auf", "für", "mein", "meine", "meinen", "sie", "wir", "mir", "mich", "sich", "noch", "kein", "keine", "aber", "auch",
            "wie", "warum", "wo", "was", "war", "an", "in", "kann", "habe", "hat", "wurde", "schon", "ja", "bitte", "danke", "hallo",
            "bestellung", "konto", "hilfe", "geht", "paket"],
        ["pt"] = ["o", "os", "as", "de", "do", "da", "dos", "das", "no", "na", "ao", "pelo", "pela", "que", "e", "é", "em", "um", "uma",
            "não", "meu", "minha", "para", "por", "com", "mas", "você", "está", "esta", "este", "isso", "já", "ainda", "se", "me",
            "tem", "foi", "estou", "sim", "olá", "oi", "obrigado", "obrigada", "favor", "pedido", "quero", "preciso", "consigo", "conta", "ajuda"],
        ["it"] = ["il", "lo", "la", "le", "gli", "di", "da", "del", "della", "al", "nel", "che", "e", "è", "non", "un", "una", "per", "con",
            "mi", "mio", "mia", "ti", "si", "sì", "su", "no", "sono", "sto", "ho", "ha", "ma", "anche", "ancora", "come", "perché", "cosa",
            "l'", "dell'", "c'", "ciao", "grazie", "favore", "ordine", "aiuto", "funziona", "posso", "vorrei", "riesco", "questo"],
        ["nl"] = ["de", "het", "een", "en", "is", "ik", "je", "niet", "van", "op", "dat", "die", "voor", "met", "mijn", "mij",
            "nog", "wel", "geen", "maar", "naar", "ook", "wat", "hoe", "waarom", "waar", "er", "heb", "heeft", "zijn", "kan", "al",
            "te", "om", "ja", "hallo", "hoi", "bedankt", "dank", "graag", "alsjeblieft", "bestelling", "pakket", "werkt", "hulp"],
    };

    /// <summary>Letters (and the Spanish opening marks) typical of one language: they break a tie, never outvote a word.</summary>
    private static readonly Dictionary<string, string> Typical = new()
    {
        ["es"] = "ñ¿¡", ["de"] = "ßäöü", ["fr"] = "çàèêœ", ["pt"] = "ãõ", ["it"] = "ìò",
    };

    // Each typical letter, as the index in Latin of its language.
    private static readonly Dictionary<char, int> TypicalOf = Typical
        .SelectMany(t => t.Value.Select(c => (c, Array.IndexOf(Latin, t.Key)))).ToDictionary(t => t.c, t => t.Item2);

    // Each listed word, as the set of Latin languages (bits, in the order of Latin) that list it.
    private static readonly Dictionary<string, int> Lexicon = BuildLexicon();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LexiconBySpan = Lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestWord = Lexicon.Keys.Max(w => w.Length);

    private enum Script { Latin, Han, Kana, Hangul, Cyrillic, Arabic, Hebrew, Greek, Thai, Devanagari, Other, None }

    private static readonly Script[] Scripts = [.. Enum.GetValues<Script>().Where(s => s != Script.None)];

    /// <summary>An ISO 639-1 code of the text's language (one of <see cref="Known"/>), or "und" when it cannot tell.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return Undetermined;
        var letters = new int[(int)Script.None];
        var hits = new int[Latin.Length];
        var typical = new int[Latin.Length];
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (StartsAsciiRun(span, i) && IsAddress(span, i, out var end)) { i = end; continue; }
            if (IsLatinLetter(c) || char.IsDigit(c)) { i = ReadToken(span, i, letters, hits, typical); continue; }
            if (char.IsAscii(c)) { i++; continue; }
            if (TypicalOf.TryGetValue(c, out var marked)) typical[marked]++;
            var rune = Rune.DecodeFromUtf16(span[i..], out var r, out var used) == System.Buffers.OperationStatus.Done ? r : Rune.ReplacementChar;
            if (Rune.IsLetter(rune)) letters[(int)ScriptOf(rune.Value)]++;
            i += Math.Max(used, 1);
        }
        return Decide(letters, hits, typical);
    }

    private static string Decide(int[] letters, int[] hits, int[] typical)
    {
        // Japanese writes Han beside kana: the two count as one script, told apart by whether any kana is there.
        var cjk = letters[(int)Script.Han] + letters[(int)Script.Kana];
        Script? best = null;
        int bestCount = 0, second = 0;
        foreach (var script in Scripts)
        {
            if (script is Script.Kana) continue;
            var count = script == Script.Han ? cjk : letters[(int)script];
            if (count > bestCount) { second = bestCount; bestCount = count; best = script; }
            else if (count > second) second = count;
        }
        if (best is null || bestCount == second) return Undetermined;
        return best switch
        {
            Script.Han => letters[(int)Script.Kana] > 0 ? "ja" : "zh",
            Script.Hangul => "ko", Script.Cyrillic => "ru", Script.Arabic => "ar", Script.Hebrew => "he", Script.Greek => "el",
            Script.Thai => "th", Script.Devanagari => "hi",
            Script.Latin => DecideLatin(hits, typical),
            _ => Undetermined,
        };
    }

    // Most word hits wins, typical letters break a tie; the winner must be strictly ahead of every other language.
    private static string DecideLatin(int[] hits, int[] typical)
    {
        int best = -1, ties = 0;
        for (var l = 0; l < Latin.Length; l++)
        {
            var order = best < 0 ? 1 : (hits[l], typical[l]).CompareTo((hits[best], typical[best]));
            if (order > 0) { best = l; ties = 0; }
            else if (order == 0) ties++;
        }
        return ties > 0 || hits[best] + typical[best] == 0 ? Undetermined : Latin[best];
    }

    /// <summary>
    /// Reads one token: a run of Latin letters, digits, hyphens, underscores and apostrophes. One with a digit is a
    /// number or a code and is skipped whole ("ORD-99812", "2FA", "iPhone15"); the others are split into words.
    /// </summary>
    private static int ReadToken(ReadOnlySpan<char> span, int start, int[] letters, int[] hits, int[] typical)
    {
        var end = start;
        var hasDigit = false;
        while (end < span.Length && IsTokenChar(span[end])) { hasDigit |= char.IsDigit(span[end]); end++; }
        if (hasDigit) return end;
        Span<char> word = stackalloc char[LongestWord];
        var length = 0;
        var tooLong = false;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? span[i] : ' ';
            if (IsLatinLetter(c) || (IsApostrophe(c) && length > 0))
            {
                var lower = IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
                if (!IsApostrophe(c)) letters[(int)Script.Latin]++;
                if (lower > '\x7f' && TypicalOf.TryGetValue(lower, out var marked)) typical[marked]++;
                if (length < word.Length) word[length] = lower; else tooLong = true;
                length++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else
            {
                if (length > 0 && !tooLong) Count(word[..length], hits);
                length = 0;
                tooLong = false;
            }
        }
        return end;
    }

    // A whole word if listed ("don't", "i'm"); else, across an apostrophe, its elided head ("l'", "j'", "dell'") and its rest.
    private static void Count(ReadOnlySpan<char> word, int[] hits)
    {
        if (Add(word, hits)) return;
        var apostrophe = word.IndexOf('\'');
        if (apostrophe < 0) return;
        Add(word[..(apostrophe + 1)], hits);
        var rest = word[(apostrophe + 1)..].TrimEnd('\'');
        if (rest.Length > 0) Add(rest, hits);
    }

    private static bool Add(ReadOnlySpan<char> word, int[] hits)
    {
        if (!LexiconBySpan.TryGetValue(word, out var languages)) return false;
        for (var l = 0; l < Latin.Length; l++)
            if ((languages & (1 << l)) != 0) hits[l]++;
        return true;
    }

    // An address is a run of non-space ASCII (and Latin letters, for "@José") holding "://" or "@", or starting "www.".
    private static bool IsAddress(ReadOnlySpan<char> span, int start, out int end)
    {
        end = start;
        var isAddress = false;
        while (end < span.Length && !char.IsWhiteSpace(span[end]) && (IsAsciiPrintable(span[end]) || IsLatinLetter(span[end])))
        {
            var c = span[end];
            isAddress |= c == '@' || (c == ':' && span[end..].StartsWith("://"));
            end++;
        }
        isAddress |= span[start..end].StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        return isAddress;
    }

    private static bool StartsAsciiRun(ReadOnlySpan<char> span, int i) =>
        IsAsciiPrintable(span[i]) && (i == 0 || !IsAsciiPrintable(span[i - 1]));

    private static bool IsAsciiPrintable(char c) => c is > ' ' and < '\x7f';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsTokenChar(char c) => IsLatinLetter(c) || char.IsDigit(c) || IsApostrophe(c) || c is '-' or '_'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c)
        || (c is >= '\u00c0' and <= '\u024f' && c != '\u00d7' && c != '\u00f7')
        || c is >= '\u1e00' and <= '\u1eff'
        || c is >= '\uff21' and <= '\uff3a' or >= '\uff41' and <= '\uff5a';

    private static Script ScriptOf(int cp) => cp switch
    {
        >= 0x3040 and <= 0x30ff or >= 0x31f0 and <= 0x31ff or >= 0xff66 and <= 0xff9d => Script.Kana,
        >= 0x4e00 and <= 0x9fff or 0x3005 or 0x3007 or >= 0x3400 and <= 0x4dbf or >= 0xf900 and <= 0xfaff or >= 0x20000 and <= 0x3134f => Script.Han,
        >= 0xac00 and <= 0xd7af or >= 0x1100 and <= 0x11ff or >= 0x3130 and <= 0x318f or >= 0xffa0 and <= 0xffdc => Script.Hangul,
        >= 0x0400 and <= 0x052f or >= 0x1c80 and <= 0x1c8f or >= 0x2de0 and <= 0x2dff or >= 0xa640 and <= 0xa69f => Script.Cyrillic,
        >= 0x0600 and <= 0x06ff or >= 0x0750 and <= 0x077f or >= 0x08a0 and <= 0x08ff or >= 0xfb50 and <= 0xfdff
            or >= 0xfe70 and <= 0xfeff => Script.Arabic,
        >= 0x0590 and <= 0x05ff or >= 0xfb1d and <= 0xfb4f => Script.Hebrew,
        >= 0x0370 and <= 0x03ff or >= 0x1f00 and <= 0x1fff => Script.Greek,
        >= 0x0e00 and <= 0x0e7f => Script.Thai,
        >= 0x0900 and <= 0x097f => Script.Devanagari,
        _ => Script.Other,
    };

    private static Dictionary<string, int> BuildLexicon()
    {
        var lexicon = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < Latin.Length; l++)
            foreach (var word in Words[Latin[l]])
                lexicon[word] = lexicon.GetValueOrDefault(word) | (1 << l);
        return lexicon;
    }
}
