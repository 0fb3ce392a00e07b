using System.Globalization;
using System.Text.Json;

namespace BlindSpot.Logs;

/// <summary>
/// Maps one conversation's rows onto messages: times and speakers read, given columns parsed, then the platform's own
/// signals (the mapping's markers on the text, and its <see cref="SignalRule"/>s on columns and JSON fields) applied,
/// each counted by rule. A row that cannot be mapped is a problem that sets the conversation aside.
/// </summary>
internal sealed class ConversationMapper
{
    private readonly ImportMapping _mapping;
    private readonly List<(string Event, UserPattern Pattern)> _markers;
    private readonly List<(CompiledSignalRule Rule, int Cell)> _signals;
    private readonly List<(CompiledSignalRule Rule, int Cell)> _newVisit;
    private readonly bool[] _jsonCells;

    /// <summary>How many rows each signal rule set something on, in the mapping's order.</summary>
    public long[] SignalCounts { get; }

    public ConversationMapper(ImportMapping mapping)
    {
        _mapping = mapping;
        _markers = [.. mapping.Events.Select(e => (e.Key, UserPattern.Compile("events." + e.Key, e.Value)))];
        var columns = mapping.SignalColumns;
        _signals = [.. mapping.Signals.Select((s, i) => (s.Compile($"signals[{i}]"), IndexOf(columns, s.Column!)))];
        _newVisit = [.. (mapping.Session.NewVisitOn ?? []).Select((s, i) => (s.Compile($"session.newVisitOn[{i}]"), IndexOf(columns, s.Column!)))];
        _jsonCells = [.. columns.Select(c => mapping.Signals.Concat(mapping.Session.NewVisitOn ?? []).Any(s => s.Column == c && s.Json is not null))];
        SignalCounts = new long[_signals.Count];
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i] == column) return i;
        return -1;
    }

    /// <summary>The conversation's messages in time order (then export order), or its problems.</summary>
    public (List<ExportMessage> Messages, List<(string Where, string Reason)> Problems) Map(ExportConversation conversation)
    {
        var messages = new List<ExportMessage>();
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(conversation.SessionId)) problems.Add((conversation.Where(0), "no conversation id"));
        if (conversation.Rows.Count == 0) problems.Add((conversation.Source, "no messages (a header and no rows)"));
        var counts = new long[_signals.Count];
        for (var i = 0; i < conversation.Rows.Count; i++)
        {
            var row = conversation.Rows[i];
            var where = conversation.Where(i);
            DateTime? ts = ExportTimestamps.TryParse(row.Ts, _mapping.DateOrder, out var parsed, out var why) ? parsed : null;
            var speaker = _mapping.SpeakerOf(row.Sender);
            if (ts is null) problems.Add((where, $"{why}: '{Core.Excerpt.Of(row.Ts, 40)}'"));
            if (speaker is null) problems.Add((where, $"unmapped sender type: '{Core.Excerpt.Of(row.Sender, 40)}' (add it, or \"*\", to speakers)"));
            if (ts is null || speaker is null) continue;
            var message = new ExportMessage
            {
                SessionId = conversation.SessionId, Order = i, Ts = ts.Value, Speaker = speaker, Text = row.Text ?? "",
                Intent = Label(row.Intent), Event = row.Event, EventGiven = row.Event is not null, Where = where,
            };
            if (row.Sentiment is not null)
            {
                if (double.TryParse(row.Sentiment, CultureInfo.InvariantCulture, out var s)) message.Sentiment = s;
                else problems.Add((where, $"sentiment is not a number: '{Core.Excerpt.Of(row.Sentiment, 40)}'"));
            }
            if (row.BotFailure is not null)
            {
                if (bool.TryParse(row.BotFailure, out var b)) message.BotFailure = b;
                else problems.Add((where, $"bot_failure is not true or false: '{Core.Excerpt.Of(row.BotFailure, 40)}'"));
            }
            try
            {
                ApplySignals(message, row, counts);
            }
            catch (InvalidDataException e)
            {
                problems.Add((where, e.Message));
            }
            messages.Add(message);
        }
        if (problems.Count == 0)
            for (var r = 0; r < counts.Length; r++) SignalCounts[r] += counts[r];
        return ([.. messages.OrderBy(t => t.Ts).ThenBy(t => t.Order)], problems);
    }

    /// <summary>
    /// An intent becomes a label on every chart and table by intent: an e-mail address or a number in it (a platform
    /// that puts free text there) is masked as in message text, so that it never reaches a reader.
    /// </summary>
    private static string? Label(string? intent) => intent is null ? null : Redaction.Mask(intent);

    private void ApplySignals(ExportMessage message, ExportRow row, long[] counts)
    {
        if (message.Event is null)
        {
            var marker = _markers.FirstOrDefault(m => m.Pattern.IsMatch(message.Text));
            if (marker.Event is not null) (message.Event, message.EventGiven) = (marker.Event, true);
        }
        if (_signals.Count == 0 && _newVisit.Count == 0) return;
        var json = new JsonElement?[row.Cells.Count];
        for (var c = 0; c < row.Cells.Count; c++)
            if (_jsonCells[c] && row.Cells[c] is { } cell) json[c] = JsonCell.Parse(cell);
        foreach (var (rule, c) in _newVisit)
            if (rule.Read(row.Cells[c], json[c], message.Speaker) is not null) message.StartsVisit = true;
        for (var r = 0; r < _signals.Count; r++)
        {
            var (rule, c) = _signals[r];
            if (rule.Read(row.Cells[c], json[c], message.Speaker) is not { } match) continue;
            var s = rule.Rule;
            if (s.Event is not null && !(message.EventGiven && message.Event is not null))
                (message.Event, message.EventGiven) = (s.Event, true);
            else if (s.Intent is not null && !message.IntentGiven)
                (message.Intent, message.IntentGiven) = (Label(rule.IntentOf(match)), true);
            else if (s.Rating is not null && message.Rating is null && rule.RatingOf(json[c]) is { } rating)
                (message.Rating, message.RatingScale) = (rating, s.Scale);
            else continue;
            counts[r]++;
        }
    }
}
