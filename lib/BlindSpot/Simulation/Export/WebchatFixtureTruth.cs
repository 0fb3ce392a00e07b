using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BlindSpot.Simulation.Export;

/// <summary>
/// What was planted in a synthetic webchat export, counted from the rows that were written (never from the
/// generator's settings), and written beside the export as <c>truth.json</c>: what an import of the export should find.
/// Visits follow <see cref="WebchatVisits"/>: a new one at the first customer message after more than 30 minutes of
/// silence (a late rating excepted) or at a "Start over" click.
/// </summary>
public sealed record WebchatFixtureTruth(int Seed, DateTime Start, WebchatFixtureTotals Totals, IReadOnlyList<WebchatFileTruth> Files)
{
    public const string FileName = "truth.json";

    /// <summary>The truth as indented JSON in a fixed property order, one line per file; the same truth gives the same bytes.</summary>
    public void WriteJson(Stream stream)
    {
        var encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = encoder });
        json.WriteStartObject();
        json.WriteNumber("seed", Seed);
        json.WriteString("start", Start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WritePropertyName("totals");
        Totals.Write(json);
        json.WriteStartArray("files");
        // One line per file: each record written compact, after the line break and indent the writer leaves out of raw values.
        foreach (var file in Files) json.WriteRawValue("\n    " + file.ToCompactJson(encoder), skipInputValidation: true);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        WriteJson(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>
/// The export's totals. Customer messages include clicks and ratings; by language, a message with no words (a
/// click, a rating, an order number) counts as en. A repeat is a bot message word for word the same as an earlier
/// bot message of the same file.
/// </summary>
public sealed record WebchatFixtureTotals
{
    public int Conversations { get; init; }
    public int FilesWithGap { get; init; }
    public int Visits { get; init; }
    public int EngagedVisits { get; init; }
    public int GreetingOnlyFiles { get; init; }
    public int LiveAgentPayloads { get; init; }
    public int HumanHandoffIntents { get; init; }
    public int AgentJoined { get; init; }
    public int Ratings { get; init; }

    /// <summary>How many ratings of 1, 2, 3, 4 and 5.</summary>
    public required IReadOnlyList<int> RatingValues { get; init; }
    public long UserMessages { get; init; }

    /// <summary>Customer messages in en, zh, es and de, in that order.</summary>
    public required IReadOnlyDictionary<string, long> UserMessagesByLanguage { get; init; }
    public long BotMessages { get; init; }
    public long BotFailures { get; init; }
    public long BotRepeatsNotFailures { get; init; }
    public int KnownCustomers { get; init; }
    public int ReturningCustomers { get; init; }

    // Beyond the traits asked for, what a reader of an import report will want to compare with.
    public long Messages { get; init; }
    public int FilesOverADay { get; init; }
    public int LongFiles { get; init; }
    public int RestartClicks { get; init; }
    public int LateRatings { get; init; }
    public int ReExplanations { get; init; }

    internal void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("conversations", Conversations);
        json.WriteNumber("files_with_gap", FilesWithGap);
        json.WriteNumber("visits", Visits);
        json.WriteNumber("engaged_visits", EngagedVisits);
        json.WriteNumber("greeting_only_files", GreetingOnlyFiles);
        json.WriteNumber("live_agent_payloads", LiveAgentPayloads);
        json.WriteNumber("human_handoff_intents", HumanHandoffIntents);
        json.WriteNumber("agent_joined", AgentJoined);
        json.WriteNumber("ratings", Ratings);
        json.WriteStartObject("rating_values");
        for (var i = 0; i < RatingValues.Count; i++) json.WriteNumber((i + 1).ToString(CultureInfo.InvariantCulture), RatingValues[i]);
        json.WriteEndObject();
        json.WriteNumber("user_messages", UserMessages);
        json.WriteStartObject("user_messages_by_language");
        foreach (var (language, count) in UserMessagesByLanguage) json.WriteNumber(language, count);
        json.WriteEndObject();
        json.WriteNumber("bot_messages", BotMessages);
        json.WriteNumber("bot_failures", BotFailures);
        json.WriteNumber("bot_repeats_not_failures", BotRepeatsNotFailures);
        json.WriteNumber("known_customers", KnownCustomers);
        json.WriteNumber("returning_customers", ReturningCustomers);
        json.WriteNumber("messages", Messages);
        json.WriteNumber("files_over_a_day", FilesOverADay);
        json.WriteNumber("long_files", LongFiles);
        json.WriteNumber("restart_clicks", RestartClicks);
        json.WriteNumber("late_ratings", LateRatings);
        json.WriteNumber("re_explanations", ReExplanations);
        json.WriteEndObject();
    }
}

/// <summary>One conversation file: its name, its customer's e-mail address (null for a visitor), visits, visits in which the customer wrote, ratings.</summary>
public sealed record WebchatFileTruth(string File, string? Customer, int Visits, int EngagedVisits, int Ratings)
{
    internal string ToCompactJson(JavaScriptEncoder encoder)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = encoder }))
        {
            json.WriteStartObject();
            json.WriteString("file", File);
            json.WriteString("customer", Customer);
            json.WriteNumber("visits", Visits);
            json.WriteNumber("engaged_visits", EngagedVisits);
            json.WriteNumber("ratings", Ratings);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
