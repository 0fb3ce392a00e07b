namespace BlindSpot.Simulation.Export;

/// <summary>
/// Where a conversation's visits begin, by the rule the truth counts with: a new visit starts at the first customer
/// message after a silence of more than 30 minutes, or at a "Start over" click (payload /restart). A bot, agent or
/// system row after a silence, with no customer message yet, belongs to the visit before it (a greeting on a reopened
/// page is not a visit), and so does a satisfaction rating (<c>_csat_form_submit</c>) that comes late: it rates the
/// visit before it. Both are there to be got wrong by an import that splits at every silence.
/// </summary>
internal static class WebchatVisits
{
    public static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);

    /// <summary>The 0-based visit of each row.</summary>
    public static int[] Assign(IReadOnlyList<WebchatRow> rows)
    {
        var visit = new int[rows.Count];
        var current = 0;
        var silence = false;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0 && rows[i].Time - rows[i - 1].Time > Gap) silence = true;
            if (i > 0 && rows[i].SenderType == WebchatRow.Web)
            {
                if (IsRestart(rows[i]) || (silence && !IsRating(rows[i])))
                {
                    current++;
                    silence = false;
                }
            }
            visit[i] = current;
        }
        return visit;
    }

    public static bool IsRestart(WebchatRow row) => row.Data == WebchatData.Payload(WebchatPhrases.StartOver.Payload);

    public static bool IsRating(WebchatRow row) => row.Data.StartsWith("{\"intent_name\": \"_csat_form_submit\"", StringComparison.Ordinal);
}
