using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace BlindSpot.Logs;

/// <summary>Where a conversation's id comes from: a column of the table, or the name of its file.</summary>
public sealed record SessionSource
{
    /// <summary>Layout <c>table</c>: the column holding the conversation id.</summary>
    public string? Column { get; init; }

    /// <summary>Layout <c>file-per-conversation</c>: a pattern on the file name whose first group is the conversation id.</summary>
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

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
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
        if (Layout is not (TableLayout or FilePerConversationLayout))
            yield return $"layout must be \"{TableLayout}\" or \"{FilePerConversationLayout}\", not \"{Layout}\"";
        if (Layout == TableLayout && string.IsNullOrEmpty(Session.Column))
            yield return "a table needs session.column: the column holding the conversation id";
        if (Layout == FilePerConversationLayout && string.IsNullOrEmpty(Session.FromFileName))
            yield return "one file per conversation needs session.fromFileName: a pattern whose first group is the conversation id";
        foreach (var required in new[] { "ts", "speaker", "text" })
            if (!Columns.ContainsKey(required)) yield return $"columns.{required} is missing";
        foreach (var name in Columns.Keys.Where(k => !MappableColumns.Contains(k)))
            yield return $"columns.{name} is not a column of the contract ({string.Join(", ", MappableColumns)})";
        foreach (var (sender, speaker) in Speakers.Where(s => !TurnLogSchema.Speakers.Contains(s.Value)))
            yield return $"speakers.{sender} is \"{speaker}\", not one of {string.Join(", ", TurnLogSchema.Speakers)}";
        foreach (var name in Events.Keys.Where(e => !TurnLogSchema.Events.Contains(e)))
            yield return $"events.{name} is not an event of the contract ({string.Join(", ", TurnLogSchema.Events)})";
        foreach (var (name, pattern) in Events.Append(new("session.fromFileName", Session.FromFileName ?? "")))
            if (!IsPattern(pattern)) yield return $"{(name.StartsWith("session", StringComparison.Ordinal) ? name : "events." + name)} is not a valid pattern: {pattern}";
    }

    private static bool IsPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The speaker a sender type maps to, or null when the mapping has no entry and no <c>*</c>.</summary>
    public string? SpeakerOf(string? sender) =>
        sender is not null && Speakers.TryGetValue(sender, out var s) ? s : Speakers.GetValueOrDefault("*");
}
