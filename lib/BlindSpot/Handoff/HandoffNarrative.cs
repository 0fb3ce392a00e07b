using System.Globalization;
using Microsoft.Data.Analysis;

namespace BlindSpot.Handoff;

/// <summary>
/// Notebook 06's closing sentence for a log whose human leg came from a chat export (<c>blindspot import</c>): it has
/// ratings and the agent's messages, but no human-only cases, no NPS and no case packet, so it says what was measured
/// and, in so many words, what was not.
/// </summary>
public static class HandoffNarrative
{
    public static string OnAnExport(DataFrame segmented)
    {
        double? At(string segment, string column)
        {
            for (long i = 0; i < segmented.Rows.Count; i++)
                if ((string?)segmented["segment"][i] == segment && segmented.Columns.IndexOf(column) >= 0)
                    return segmented[column][i] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;
            return null;
        }
        string Score(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("F2", CultureInfo.InvariantCulture) : "not measured";
        string Share(double? v) => v is { } x && !double.IsNaN(x) ? (x * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "not measured";
        string Minutes(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("F1", CultureInfo.InvariantCulture) + " min" : "not measured";
        string Answers(string segment) => ((long?)At(segment, "responses") ?? 0).ToString("N0", CultureInfo.InvariantCulture);
        return $"The blended CSAT of {Score(At("blended", "csat"))} averages a bot-resolved path at {Score(At("ai_resolved", "csat"))} " +
               $"({Answers("ai_resolved")} answers) with an escalated path at {Score(At("ai_to_human", "csat"))} ({Answers("ai_to_human")} answers); " +
               "ratings are given by the customers who chose to answer, so each path's score speaks for its answers only. " +
               $"On the escalated path {Share(At("ai_to_human", "re_explanation_rate"))} of customers re-explained the problem after the agent joined " +
               $"(derived from their words), and the first useful reply came after {Minutes(At("ai_to_human", "first_useful_reply_minutes"))} " +
               $"against {Minutes(At("ai_to_human", "first_reply_minutes"))} for the first reply. The export says nothing of human-only cases, " +
               "of NPS or of what the agent received with the case, so those comparisons and the case packet's effect are not measured.";
    }
}
