using System.Net;
using System.Text;
using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>One session's turns as a readable chat. Message text is untrusted and always HTML-escaped.</summary>
public sealed record Transcript(string SessionId, string Title, IReadOnlyList<TurnRow> Turns) : IHtmlDisplay
{
    /// <summary>Loads one session from a turn log (CSV or Parquet).</summary>
    public static Transcript Load(string turnLogPath, string sessionId, string? title = null)
    {
        using var db = DuckDb.OpenInMemory();
        using var cmd = db.CreateCommand(
            $"SELECT {TurnRows.Columns} FROM {TurnLogSource.Relation(turnLogPath)} WHERE session_id = ? ORDER BY CAST(turn_index AS INTEGER)", sessionId);
        using var reader = cmd.ExecuteReader();
        var turns = TurnRows.Read(reader);
        if (turns.Count == 0) throw new ArgumentException($"Session '{sessionId}' is not in {turnLogPath}.");
        return new Transcript(sessionId, title ?? sessionId, turns);
    }

    /// <summary>
    /// The first session (by id) that shows a case-study pattern: <c>escalation</c> — a handoff request after
    /// at least <paramref name="minFailures"/> bot failures; <c>silent_abandonment</c> — the user leaves
    /// without a word after at least two messages, with no handoff and no confirmation.
    /// </summary>
    public static Transcript FindExample(string turnLogPath, string pattern, int minFailures = 3)
    {
        var where = pattern switch
        {
            "escalation" => $"bool_or(event = 'handoff_requested') AND count(*) FILTER (WHERE bot_failure) >= {minFailures}",
            "silent_abandonment" => "bool_or(event = 'user_left') AND NOT bool_or(event IN ('handoff_requested', 'resolution_confirmed')) " +
                                    "AND count(*) FILTER (WHERE speaker = 'user') >= 2",
            _ => throw new ArgumentException($"Unknown pattern '{pattern}'; use escalation or silent_abandonment.", nameof(pattern)),
        };
        using var db = DuckDb.OpenInMemory();
        using var cmd = db.CreateCommand($"SELECT session_id FROM {TurnLogSource.Relation(turnLogPath)} GROUP BY session_id HAVING {where} ORDER BY session_id LIMIT 1");
        var id = cmd.ExecuteScalar() as string ?? throw new InvalidOperationException($"No session in {turnLogPath} shows the pattern '{pattern}'.");
        var title = pattern == "escalation" ? $"Escalation: {id}" : $"Silent abandonment: {id}";
        return Load(turnLogPath, id, title);
    }

    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"bs-transcript\" style=\"font-family:sans-serif;max-width:760px\">");
        html.Append($"<h4 style=\"margin:4px 0\">{Esc(Title)}</h4>");
        foreach (var t in Turns)
        {
            var (align, colour) = t.Speaker switch
            {
                "user" => ("right", "#e8f0fe"),
                "bot" => ("left", t.BotFailure == true ? "#fde8e8" : "#f1f3f4"),
                "agent" => ("left", "#e6f4ea"),
                _ => ("center", "#ffffff"),
            };
            var notes = new List<string>();
            if (t.Sentiment is { } s) notes.Add($"sentiment {s:+0.00;-0.00;0.00}");
            if (t.BotFailure == true) notes.Add("bot failure");
            if (t.Event is not null) notes.Add($"event: {t.Event}");
            html.Append($"<div style=\"text-align:{align};margin:3px 0\"><div style=\"display:inline-block;background:{colour};border-radius:8px;padding:4px 10px;max-width:80%;text-align:left\">");
            html.Append($"<small style=\"color:#555\">{t.TurnIndex} · {Esc(t.Speaker)} · {t.Ts:HH:mm:ss}</small><br/>{Esc(t.Text).Replace("\n", "<br/>")}");
            if (notes.Count > 0) html.Append($"<br/><small style=\"color:#777\">{Esc(string.Join(" · ", notes))}</small>");
            html.Append("</div></div>");
        }
        html.Append("</div>");
        return html.ToString();
    }

    public override string ToString()
    {
        var text = new StringBuilder(Title).Append('\n');
        foreach (var t in Turns)
        {
            text.Append($"{t.TurnIndex,3} {t.Speaker,-6} {t.Text.Replace("\n", " ")}");
            if (t.Sentiment is { } s) text.Append($"  [sentiment {s:+0.00;-0.00;0.00}]");
            if (t.BotFailure == true) text.Append("  [bot failure]");
            if (t.Event is not null) text.Append($"  [{t.Event}]");
            text.Append('\n');
        }
        return text.ToString().TrimEnd();
    }

    private static string Esc(string s) => WebUtility.HtmlEncode(s);
}
