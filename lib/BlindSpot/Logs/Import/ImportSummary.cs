using System.Globalization;
using System.Text.Json;

namespace BlindSpot.Logs;

public sealed record LanguageCount(string Language, long UserMessages, long SentimentUnknown);

public sealed record SignalCount(string Rule, long Rows);

public sealed record RatingCount(int Csat, long Ratings);

/// <summary>
/// What an import made of an export, kept in the turn log's metadata so that every notebook's header can say it:
/// conversations and the visits they became, how many visits were not engaged (no user message: outside every outcome
/// denominator), languages and how many messages each left without a sentiment, each signal rule's count, the ratings.
/// </summary>
public sealed record ImportSummary
{
    public long Conversations { get; init; }
    public long Visits { get; init; }
    public long NotEngaged { get; init; }
    public long Messages { get; init; }
    public long UserMessages { get; init; }
    public long Customers { get; init; }
    public double GapMinutes { get; init; }
    public bool PseudonymousIds { get; init; }
    public IReadOnlyList<LanguageCount> Languages { get; init; } = [];
    public IReadOnlyList<SignalCount> Signals { get; init; } = [];
    public long Ratings { get; init; }
    public IReadOnlyList<RatingCount> RatingsByCsat { get; init; } = [];

    public long Engaged => Visits - NotEngaged;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ImportSummary? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ImportSummary>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Short lines for a notebook's header: "Imported: 1,490 conversations, 3,592 visits, 2,113 not engaged …", then the
    /// languages, then ratings and ids (a reader should not have to scroll sideways).
    /// </summary>
    public string HeaderLine()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c, $"Imported: {Conversations:N0} conversations, {Visits:N0} visits (split at {GapMinutes:0.#} minutes of silence), {NotEngaged:N0} not engaged"),
            "  (a visit with no user message is outside every outcome).",
        };
        if (Languages.Count > 0) lines.Add("User messages by language: " + LanguageList() + ".");
        lines.Add((Ratings > 0 ? string.Create(c, $"{Ratings:N0} ratings; ") : "") + (PseudonymousIds ? "ids are keyed pseudonyms." : "ids as exported."));
        return string.Join("\n", lines);
    }

    /// <summary>"en 3,912, zh 422 (sentiment unknown: 422), und 120 (…)".</summary>
    public string LanguageList() => string.Join(", ", Languages.OrderByDescending(l => l.UserMessages).ThenBy(l => l.Language, StringComparer.Ordinal)
        .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Language} {l.UserMessages:N0}") +
                     (l.SentimentUnknown > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({l.SentimentUnknown:N0} without sentiment)") : "")));
}
