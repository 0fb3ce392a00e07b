using BlindSpot.Core;
using System.Text.Json.Serialization;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>
/// Whether one outcome definition's label is determined on a log: a label that rests mostly on the absence of any
/// ending event (no handoff, resolution, user_left or session_timeout) is the definition's default branch speaking, not
/// the users; and a class too small to measure cannot carry a share or a model. Such a definition is shown with its
/// reason and is never the headline.
/// </summary>
public sealed record LabelDeterminacy(string Definition, long Sessions, long WithoutEndingEvent, long Resolved, long Escalated, long Abandoned)
{
    /// <summary>At most this share of the labelled sessions may lack every ending event.</summary>
    public const double MaxShareWithoutEndingEvent = 0.5;

    /// <summary>Every class the definition labels needs at least this many sessions and this share of them.</summary>
    public const int MinClassSessions = 30;
    public const double MinClassShare = 0.02;

    [JsonIgnore]
    public double WithoutEndingEventShare => Sessions == 0 ? double.NaN : (double)WithoutEndingEvent / Sessions;

    /// <summary>The share the definition does not call resolved.</summary>
    [JsonIgnore]
    public double FailureShare => Sessions == 0 ? double.NaN : (double)(Escalated + Abandoned) / Sessions;

    /// <summary>
    /// The classes the definition labels on this log: resolved and escalated always (every definition can give both),
    /// abandoned where it gives any (escalation_only never does).
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<(string Name, long Count)> Classes =>
        Abandoned > 0 ? [("resolved", Resolved), ("escalated", Escalated), ("abandoned", Abandoned)] : [("resolved", Resolved), ("escalated", Escalated)];

    [JsonIgnore]
    public bool IsDetermined => Reason is null;

    /// <summary>Why the label is not determined on this log, in one sentence; null when it is.</summary>
    [JsonIgnore]
    public string? Reason
    {
        get
        {
            if (Sessions == 0) return "it labels no session on this log.";
            if (WithoutEndingEventShare > MaxShareWithoutEndingEvent)
                return $"{NumberText.Percent(WithoutEndingEventShare)} of sessions carry no ending event (no handoff, resolution, user_left or session_timeout), " +
                       $"so their label is the definition's default branch, not something the users did (at most {NumberText.Percent(MaxShareWithoutEndingEvent, 0)} allowed).";
            var small = SmallClasses;
            if (small.Count > 0)
                return $"{string.Join(" and ", small.Select(c => $"{c.Name} has {c.Count:N0} sessions ({NumberText.Percent((double)c.Count / Sessions)})"))}: " +
                       $"every class needs at least {MinClassSessions} sessions and {NumberText.Percent(MinClassShare, 0)}.";
            return null;
        }
    }

    /// <summary>The reason in a few words, for a table cell ("100.0 % without an ending event", "escalated: 6 sessions"); null when determined.</summary>
    [JsonIgnore]
    public string? ShortReason => Reason is null ? null
        : Sessions > 0 && WithoutEndingEventShare > MaxShareWithoutEndingEvent ? $"{NumberText.Percent(WithoutEndingEventShare)} without an ending event"
        : Sessions == 0 ? "no session"
        : string.Join(", ", SmallClasses.Select(c => $"{c.Name}: {c.Count:N0} sessions"));

    /// <summary>The classes below <see cref="MinClassSessions"/> sessions or <see cref="MinClassShare"/> of them.</summary>
    private List<(string Name, long Count)> SmallClasses =>
        [.. Classes.Where(c => c.Count < MinClassSessions || (double)c.Count / Sessions < MinClassShare)];

    /// <param name="frame">headline.sql's <c>label_determinacy</c> query.</param>
    public static SortedDictionary<string, LabelDeterminacy> From(DataFrame frame) => new(
        frame.Values<string>("definition").Select((d, i) => new LabelDeterminacy(d,
            Long(frame, "sessions", i), Long(frame, "without_ending_event", i), Long(frame, "resolved", i), Long(frame, "escalated", i), Long(frame, "abandoned", i)))
            .ToDictionary(d => d.Definition), StringComparer.Ordinal);

    private static long Long(DataFrame frame, string column, int row) => Convert.ToInt64(frame[column][row], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One row per definition, as a reader reads it.</summary>
    public static DataFrame Table(IEnumerable<LabelDeterminacy> definitions)
    {
        var rows = definitions.ToList();
        return new DataFrame(
            new StringDataFrameColumn("definition", rows.Select(r => r.Definition)),
            new Int64DataFrameColumn("sessions", rows.Select(r => r.Sessions)),
            new StringDataFrameColumn("without an ending event", rows.Select(r => NumberText.Percent(r.WithoutEndingEventShare))),
            new Int64DataFrameColumn("resolved", rows.Select(r => r.Resolved)),
            new Int64DataFrameColumn("escalated", rows.Select(r => r.Escalated)),
            new Int64DataFrameColumn("abandoned", rows.Select(r => r.Abandoned)),
            new StringDataFrameColumn("failure share", rows.Select(r => NumberText.Percent(r.FailureShare))),
            new StringDataFrameColumn("determined", rows.Select(r => r.IsDetermined ? "yes" : "no: " + r.Reason)));
    }
}
