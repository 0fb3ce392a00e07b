using System.Text.Json;

namespace BlindSpot.Logs;

/// <summary>
/// A rule that reads what the platform itself recorded and turns it into the contract: a column's text, or a field
/// inside a JSON column (<see cref="Json"/>, dotted for nested fields), optionally only on one speaker's rows, matched
/// by <see cref="Matches"/>; then exactly one action: set an <see cref="Event"/>, read a <see cref="Rating"/> (a
/// number on a scale of <see cref="Scale"/>, from a field of the same JSON), or set the <see cref="Intent"/> (with
/// <c>$1</c> for the pattern's first group). What a rule sets always wins over what import would derive.
/// </summary>
public sealed record SignalRule
{
    public string? Column { get; init; }
    public string? Json { get; init; }
    public string? Speaker { get; init; }
    public string? Matches { get; init; }
    public string? Event { get; init; }
    public string? Rating { get; init; }
    public int? Scale { get; init; }
    public string? Intent { get; init; }

    /// <summary>What the rule does, as the import's summary names it.</summary>
    public string Action => Event is not null ? $"event {Event}" : Rating is not null ? $"rating ({Rating}, 1–{Scale})" : Intent is not null ? $"intent {Intent}" : "marker";

    /// <summary>A short name for the summary: <c>Data.payload ~ ^/live_agent$ → event handoff_requested</c>.</summary>
    public string Describe() => $"{Column}{(Json is null ? "" : "." + Json)}{(Speaker is null ? "" : $" ({Speaker} rows)")}{(Matches is null ? "" : " ~ " + Matches)} → {Action}";

    /// <summary>The problems of this rule, each naming where it stands (e.g. <c>signals[1]</c>).</summary>
    public IEnumerable<string> Problems(string where, bool needsAction)
    {
        if (string.IsNullOrEmpty(Column)) yield return $"{where}.column is missing: the export's column the rule reads";
        if (Json is { Length: 0 }) yield return $"{where}.json is empty";
        if (Speaker is not null && !TurnLogSchema.Speakers.Contains(Speaker))
            yield return $"{where}.speaker is \"{Speaker}\", not one of {string.Join(", ", TurnLogSchema.Speakers)}";
        var actions = new[] { Event, Rating, Intent }.Count(a => a is not null);
        if (needsAction && actions != 1) yield return $"{where} needs exactly one of event, rating, intent (it has {actions})";
        if (!needsAction && actions != 0) yield return $"{where} marks a new visit and takes no event, rating or intent";
        if (Event is not null && !TurnLogSchema.Events.Contains(Event))
            yield return $"{where}.event is \"{Event}\", not an event of the contract ({string.Join(", ", TurnLogSchema.Events)})";
        if (Rating is not null && Json is null) yield return $"{where}.rating names a field of the JSON column: give json too";
        if (Rating is not null && Scale is not (>= 2 and <= 100)) yield return $"{where}.scale must be the rating's top value, 2–100 (e.g. 5 for CSAT 1–5, 2 for thumbs down/up as 1/2)";
        if (Rating is null && Scale is not null) yield return $"{where}.scale belongs to a rating";
        if (Intent is { Length: 0 }) yield return $"{where}.intent is empty";
        string? invalid = null;
        if (Matches is not null)
            try { UserPattern.Compile($"{where}.matches", Matches); }
            catch (InvalidDataException e) { invalid = e.Message; }
        if (invalid is not null) yield return invalid;
    }

    /// <summary>The rule ready to run.</summary>
    public CompiledSignalRule Compile(string where) => new(this, Matches is null ? null : UserPattern.Compile($"{where}.matches", Matches));
}

/// <summary>A <see cref="SignalRule"/> with its pattern compiled: reads one row's value and says what it found.</summary>
public sealed class CompiledSignalRule(SignalRule rule, UserPattern? pattern)
{
    public SignalRule Rule { get; } = rule;

    /// <summary>
    /// The match on this row's value (the column's text, or the JSON field as text), or null when the rule does not
    /// apply. <paramref name="json"/> is the cell parsed once by the caller (null: not a JSON object, which then never matches a json rule).
    /// </summary>
    public System.Text.RegularExpressions.Match? Read(string? cell, JsonElement? json, string speaker)
    {
        if (cell is null || (Rule.Speaker is not null && Rule.Speaker != speaker)) return null;
        var value = cell;
        if (Rule.Json is not null)
        {
            if (json is null || JsonCell.Field(json.Value, Rule.Json) is not { } field) return null;
            value = field;
        }
        if (pattern is null) return value.Length > 0 ? System.Text.RegularExpressions.Match.Empty : null;
        var match = pattern.Match(value);
        return match.Success ? match : null;
    }

    /// <summary>The intent the rule sets: its text with <c>$1</c>… replaced by the pattern's groups.</summary>
    public string IntentOf(System.Text.RegularExpressions.Match match)
    {
        var intent = Rule.Intent!;
        if (!intent.Contains('$') || match == System.Text.RegularExpressions.Match.Empty) return intent;
        for (var g = match.Groups.Count - 1; g >= 1; g--) intent = intent.Replace("$" + g, match.Groups[g].Value, StringComparison.Ordinal);
        return intent;
    }

    /// <summary>The rating in this row's JSON, when it is a number from 1 to the scale (text holding a number counts).</summary>
    public double? RatingOf(JsonElement? json)
    {
        if (json is null || JsonCell.Field(json.Value, Rule.Rating!) is not { } text) return null;
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var r)
               && r >= 1 && r <= Rule.Scale ? r : null;
    }
}
