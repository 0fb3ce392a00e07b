using System.Text.Json;
using System.Text.Json.Serialization;

namespace BlindSpot.Logs;

/// <summary>Where a conversation's id comes from: a column of the table, or the name of its file.</summary>
public sealed record SessionSource
{
    /// <summary>Layout <c>table</c>: the column holding the conversation id.</summary>
    public string? Column { get; init; }

    /// <summary>Layout <c>file-per-conversation</c>: a pattern on the file name whose first group is the conversation id.</summary>
    public string? FromFileName { get; init; }

    /// <summary>
    /// Minutes of silence after which the next user message starts a new visit (default 30, as Copilot Studio's
    /// analytics sessions; 0 turns splitting at silences off). Conversation ids only: ignored under <c>customer</c>.
    /// </summary>
    public double? GapMinutes { get; init; }

    /// <summary>Rows that start a new visit whatever the silence before them (e.g. a "start over" button's payload).</summary>
    public List<SignalRule>? NewVisitOn { get; init; }
}

/// <summary>Where the customer comes from, so that a return of the same customer can be seen: a column, or a pattern on the file name.</summary>
public sealed record CustomerSource
{
    public string? Column { get; init; }

    /// <summary>A pattern on the file name whose first group is the customer (files that do not match have no customer).</summary>
    public string? FromFileName { get; init; }
}

/// <summary>
/// How a chat platform's export maps onto the turn-log contract (<c>blindspot import --mapping MAP.json</c>): its layout,
/// where the conversation id comes from, which of its columns are the contract's, how its sender types map onto the
/// speakers, and which message texts mark an event. Columns the export lacks are derived on import.
/// </summary>
public sealed record ImportMapping
{
    public const string TableLayout = "table", FilePerConversationLayout = "file-per-conversation";

    /// <summary>Contract columns a mapping may name; ts, speaker and text are required.</summary>
    public static readonly IReadOnlyList<string> MappableColumns = ["ts", "speaker", "text", "intent", "sentiment", "bot_failure", "event"];

    public string Layout { get; init; } = TableLayout;

    public SessionSource Session { get; init; } = new();

    /// <summary>Contract column → the export's column.</summary>
    public Dictionary<string, string> Columns { get; init; } = [];

    /// <summary>The export's sender type → user, bot, agent or system; <c>*</c> for any other.</summary>
    public Dictionary<string, string> Speakers { get; init; } = [];

    /// <summary>Event → a pattern on the message text that marks it (e.g. <c>user_left</c>: <c>^The user closed</c>).</summary>
    public Dictionary<string, string> Events { get; init; } = [];

    /// <summary>
    /// How numeric dates read: <c>dmy</c> (03/04/2024 is 3 April) or <c>mdy</c> (4 March). Without it a date whose day
    /// and month cannot be told apart is refused, never guessed.
    /// </summary>
    public string? DateOrder { get; init; }

    /// <summary>The CSV files' text encoding (<see cref="ExportEncoding.Names"/>; UTF-8 when left out).</summary>
    public string? Encoding { get; init; }

    /// <summary>Where the customer key comes from (optional).</summary>
    public CustomerSource? Customer { get; init; }

    /// <summary>The platform's own signals: events, ratings and intents read from a column or a JSON field (<see cref="SignalRule"/>).</summary>
    public List<SignalRule> Signals { get; init; } = [];

    /// <summary>The default silence that splits a conversation into visits, in minutes.</summary>
    public const double DefaultGapMinutes = 30;

    /// <summary>The silence that splits visits (<see cref="SessionSource.GapMinutes"/>; 0: never).</summary>
    public TimeSpan VisitGap => TimeSpan.FromMinutes(Session.GapMinutes ?? DefaultGapMinutes);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads and checks a mapping file; every problem is named in one message.</summary>
    public static ImportMapping Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Mapping file not found: {path}", path);
        ImportMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<ImportMapping>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a mapping: {e.Message}", e);
        }
        if (mapping is null) throw new InvalidDataException($"{path} is empty.");
        var problems = mapping.Problems().ToList();
        if (problems.Count > 0) throw new InvalidDataException($"{path}: " + string.Join("; ", problems) + ".");
        return mapping;
    }

    public IEnumerable<string> Problems()
    {
        // A member written as null in the file reaches here as null: each is named rather than failing later.
        if (Layout is null) { yield return "layout is null"; yield break; }
        if (Session is null) { yield return "session is null"; yield break; }
        foreach (var (name, value) in new (string, object?)[] { ("columns", Columns), ("speakers", Speakers), ("events", Events), ("signals", Signals) })
            if (value is null) yield return $"{name} is null (leave it out instead)";
        if (Columns is null || Speakers is null || Events is null || Signals is null) yield break;
        foreach (var (map, entries) in new (string, IEnumerable<KeyValuePair<string, string>>)[] { ("columns", Columns), ("speakers", Speakers), ("events", Events) })
            foreach (var entry in entries.Where(e => e.Value is null))
                yield return $"{map}.{entry.Key} is null";
        if (Layout is not (TableLayout or FilePerConversationLayout))
            yield return $"layout must be \"{TableLayout}\" or \"{FilePerConversationLayout}\", not \"{Layout}\"";
        if (Layout == TableLayout && string.IsNullOrEmpty(Session.Column))
            yield return "a table needs session.column: the column holding the conversation id";
        if (Layout == FilePerConversationLayout && string.IsNullOrEmpty(Session.FromFileName))
            yield return "one file per conversation needs session.fromFileName: a pattern whose first group is the conversation id";
        if (Session.GapMinutes is < 0 or > 100_000 || Session.GapMinutes is { } gap && double.IsNaN(gap))
            yield return $"session.gapMinutes must be 0 (no split) or a number of minutes, not {Session.GapMinutes}";
        foreach (var required in new[] { "ts", "speaker", "text" })
            if (!Columns.ContainsKey(required)) yield return $"columns.{required} is missing";
        foreach (var name in Columns.Keys.Where(k => !MappableColumns.Contains(k)))
            yield return $"columns.{name} is not a column of the contract ({string.Join(", ", MappableColumns)})";
        foreach (var (sender, speaker) in Speakers.Where(s => s.Value is not null && !TurnLogSchema.Speakers.Contains(s.Value)))
            yield return $"speakers.{sender} is \"{speaker}\", not one of {string.Join(", ", TurnLogSchema.Speakers)}";
        foreach (var name in Events.Keys.Where(e => !TurnLogSchema.Events.Contains(e)))
            yield return $"events.{name} is not an event of the contract ({string.Join(", ", TurnLogSchema.Events)})";
        if (Customer is { Column: null, FromFileName: null }) yield return "customer needs column or fromFileName";
        if (Encoding is not null && !ExportEncoding.Names.Contains(Encoding.ToLowerInvariant()))
            yield return $"encoding must be one of {string.Join(", ", ExportEncoding.Names)}, not \"{Encoding}\"";
        if (DateOrder is not (null or ExportTimestamps.DayFirst or ExportTimestamps.MonthFirst))
            yield return $"dateOrder must be \"{ExportTimestamps.DayFirst}\" or \"{ExportTimestamps.MonthFirst}\", not \"{DateOrder}\"";
        var patterns = Events.Where(e => e.Value is not null).Select(e => ("events." + e.Key, (string?)e.Value))
            .Append(("session.fromFileName", Session.FromFileName)).Append(("customer.fromFileName", Customer?.FromFileName));
        foreach (var (where, pattern) in patterns.Where(p => p.Item2 is not null))
        {
            string? problem = null;
            try { UserPattern.Compile(where, pattern!); }
            catch (InvalidDataException e) { problem = e.Message; }
            if (problem is not null) yield return problem;
        }
        for (var i = 0; i < Signals.Count; i++)
        {
            if (Signals[i] is null) { yield return $"signals[{i}] is null"; continue; }
            foreach (var p in Signals[i].Problems($"signals[{i}]", needsAction: true)) yield return p;
        }
        var markers = Session.NewVisitOn ?? [];
        for (var i = 0; i < markers.Count; i++)
        {
            if (markers[i] is null) { yield return $"session.newVisitOn[{i}] is null"; continue; }
            foreach (var p in markers[i].Problems($"session.newVisitOn[{i}]", needsAction: false)) yield return p;
        }
    }

    /// <summary>The export's columns that signals and visit markers read, in a fixed order.</summary>
    public IReadOnlyList<string> SignalColumns =>
        [.. Signals.Concat(Session.NewVisitOn ?? []).Select(s => s.Column!).Distinct(StringComparer.Ordinal)];

    /// <summary>The speaker a sender type maps to, or null when the mapping has no entry and no <c>*</c>.</summary>
    public string? SpeakerOf(string? sender) =>
        sender is not null && Speakers.TryGetValue(sender, out var s) ? s : Speakers.GetValueOrDefault("*");
}
