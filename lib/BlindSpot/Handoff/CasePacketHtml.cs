using System.Globalization;
using System.Net;
using System.Text;

namespace BlindSpot.Handoff;

/// <summary>Renders a <see cref="CasePacket"/> as a self-contained HTML card (inline styles, no script).</summary>
internal static class CasePacketHtml
{
    private const string Missing = "<span style=\"color:#999999;font-style:italic\">not provided</span>";

    /// <summary>HTML-escapes untrusted text (&lt; &gt; &amp; quotes), cutting it to <see cref="CasePacket.MaxDisplayChars"/> first.</summary>
    public static string Text(string? value)
    {
        if (value is null) return "";
        if (value.Length > CasePacket.MaxDisplayChars)
        {
            var cut = CasePacket.MaxDisplayChars;
            if (char.IsHighSurrogate(value[cut - 1])) cut--;
            value = value[..cut] + $"… [{value.Length - cut:N0} more characters]";
        }
        return WebUtility.HtmlEncode(value).Replace("\n", "<br>");
    }

    public static string Render(CasePacket p)
    {
        var html = new StringBuilder();
        var cold = p.FieldsIncluded.Count == 0;
        html.Append("<div class=\"case-packet\" style=\"font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222222;max-width:760px;")
            .Append($"border:1px solid #cccccc;border-left:6px solid {(cold ? "#D55E00" : p.FieldsIncluded.Count == 7 ? "#009E73" : "#E69F00")};padding:10px 14px;margin:6px 0\">");
        html.Append($"<div style=\"font-size:15px;font-weight:bold\">Case packet · {Text(p.SessionId)} · {Text(p.Intent ?? "no intent")}</div>");
        html.Append($"<div style=\"color:#555555;margin-bottom:6px\">{p.FieldsIncluded.Count} of 7 fields carried{(cold ? ": the agent enters cold" : "")}</div>");

        Section(html, "Summary", p.Summary is null ? null : Text(p.Summary));
        Section(html, "Why the assistant escalated", p.EscalationReason is null ? null :
            $"<b>{Text(p.EscalationReason.Primary.Replace('_', ' '))}</b> — {Text(p.EscalationReason.Detail)}");
        Section(html, "Identifiers", p.Identifiers is null ? null : p.Identifiers.Count == 0 ? "none found" :
            string.Join(" ", p.Identifiers.Select(i => $"<code style=\"background:#f2f2f2;padding:1px 4px\">{Text(i.Kind)}: {Text(i.Value)}</code>")));
        Section(html, "What the assistant already tried", p.BotActions is null ? null : p.BotActions.Count == 0 ? "nothing" :
            "<ol style=\"margin:2px 0 2px 18px;padding:0\">" + string.Concat(p.BotActions.Select(a =>
                $"<li>{(a.Failed ? "<span style=\"color:#D55E00\">failed</span>" : "<span style=\"color:#009E73\">answered</span>")} (turn {a.TurnIndex}): {Text(a.Text)}</li>")) + "</ol>");
        Section(html, "Evidence", p.Evidence is null ? null : p.Evidence.Count == 0 ? "none" :
            "<ul style=\"margin:2px 0 2px 18px;padding:0\">" + string.Concat(p.Evidence.Select(e =>
                $"<li>turn {e.TurnIndex}, {Text(e.Speaker)} ({Text(e.Note)}): “{Text(e.Text)}”</li>")) + "</ul>");
        Section(html, "Sentiment", p.Sentiment is null ? null :
            $"{Text(p.Sentiment.Trend)}: " + (p.Sentiment.Trajectory.Count == 0 ? "no scores" :
                string.Join(" → ", p.Sentiment.Trajectory.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))));
        Section(html, "Thread", p.Thread is null ? null :
            "<div style=\"max-height:260px;overflow-y:auto;border-top:1px solid #eeeeee\">" + string.Concat(p.Thread.Select(m =>
                $"<div style=\"padding:2px 0\"><span style=\"color:#555555\">{m.TurnIndex}. {Text(m.Ts)} <b>{Text(m.Speaker)}</b>:</span> {Text(m.Text)}</div>")) + "</div>");
        html.Append("</div>");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string title, string? body) =>
        html.Append($"<div style=\"margin:4px 0\"><div style=\"font-weight:bold;color:#0072B2\">{title}</div><div>{body ?? Missing}</div></div>");
}
