using System.Net;
using System.Text;
using BlindSpot.Core;

namespace BlindSpot.Summary;

/// <summary>The published claims beside ours: a markdown table as text (README) and an HTML table (notebooks).</summary>
/// <param name="oursHeader">What the "ours" column holds: the committed simulated data set, or a team's log.</param>
public sealed class ClaimsTable(IReadOnlyList<Claim> claims, string oursHeader = "ours (seed 42)") : IHtmlDisplay
{
    private string[] Headers => ["source", "claim", "kind", "published", oursHeader, "seed range", "from", "verdict"];

    public IReadOnlyList<Claim> Claims { get; } = claims;

    private static string[] Cells(Claim c) => [c.Source, c.Statement, c.KindCell, c.Published, c.Ours, c.SeedInterval, c.Notebook, c.Verdict];

    /// <summary>The markdown table, one line per claim; the README holds exactly this text.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", Headers)).Append(" |\n");
        text.Append('|').Append(string.Concat(Headers.Select(_ => "---|"))).Append('\n');
        foreach (var claim in Claims)
            text.Append("| ").Append(string.Join(" | ", Cells(claim).Select(c => c.Replace("|", "\\|")))).Append(" |\n");
        return text.ToString();
    }

    public string ToHtml()
    {
        var html = new StringBuilder("<table style=\"border-collapse:collapse\"><thead><tr>");
        foreach (var h in Headers) html.Append($"<th style=\"text-align:left;padding:3px 8px;border-bottom:1px solid #999\">{h}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var claim in Claims)
        {
            html.Append("<tr>");
            foreach (var cell in Cells(claim))
                html.Append($"<td style=\"text-align:left;padding:3px 8px;border-bottom:1px solid #ddd\">{WebUtility.HtmlEncode(cell)}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }
}
