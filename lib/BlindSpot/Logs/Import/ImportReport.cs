using System.Globalization;

namespace BlindSpot.Logs;

/// <summary>What <see cref="ExportImporter"/> did: the counts in and out, what it derived, and what it set aside and why.</summary>
public sealed record ImportReport(
    string Source,
    string Output,
    long Sessions,
    long Messages,
    long RejectedSessions,
    IReadOnlyDictionary<string, long> RejectedBy,
    IReadOnlyList<string> DerivedColumns,
    long UserMessages,
    long SentimentUnknown,
    long IgnoredFiles,
    string? QuarantineFile)
{
    /// <summary>Conversations, visits, engagement, languages, signals and ratings (also in the log's metadata).</summary>
    public ImportSummary? Summary { get; init; }

    /// <summary>The human leg's files written beside the log, when the export had agent messages or ratings.</summary>
    public ImportedHumanLeg? HumanLeg { get; init; }

    /// <summary>The ratings file written beside the log, when the export had ratings.</summary>
    public string? RatingsFile { get; init; }

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            Summary is null
                ? string.Create(c, $"{Source}: {Sessions + RejectedSessions:N0} conversations read; {Sessions:N0} ({Messages:N0} messages) written to {Output}, {RejectedSessions:N0} set aside.")
                : string.Create(c, $"{Source}: {Summary.Conversations + RejectedSessions:N0} conversations read, {RejectedSessions:N0} set aside; {Summary.Conversations:N0} became {Summary.Visits:N0} visits ({Messages:N0} messages) in {Output}."),
        };
        if (Summary is not null)
        {
            lines.Add(string.Create(c, $"  visits: split at {Summary.GapMinutes:0.#} minutes of silence (session.gapMinutes) and at the mapping's markers; {Summary.Engaged:N0} engaged, {Summary.NotEngaged:N0} not engaged (no user message: kept, counted, outside every outcome)."));
            if (Summary.Customers > 0) lines.Add(string.Create(c, $"  customers: {Summary.Customers:N0} named by the export (returns can be seen)."));
            lines.Add(Summary.PseudonymousIds ? "  ids: keyed pseudonyms (HMAC-SHA256; the key stays in your settings, never in an output)." : "  ids: as exported (--keep-ids): keep this log private.");
            foreach (var signal in Summary.Signals) lines.Add(string.Create(c, $"  signal {signal.Rule}: {signal.Rows:N0} row(s)"));
            if (Summary.Signals.Count > 0 || Summary.Ratings > 0)
                lines.Add(Summary.Ratings == 0 ? "  ratings: none found."
                    : string.Create(c, $"  ratings: {Summary.Ratings:N0} (on a 1–5 scale: {string.Join(", ", Summary.RatingsByCsat.Select(r => $"{r.Csat}: {r.Ratings:N0}"))}) in {RatingsFile}"));
            if (Summary.Languages.Count > 0) lines.Add("  user messages by language: " + Summary.LanguageList() + ".");
            if (HumanLeg is { } leg)
                lines.Add(string.Create(c, $"  human leg: {leg.Handoffs:N0} handoffs ({leg.ReExplained:N0} where the customer re-explained, derived), {leg.AgentTurns:N0} turns after the agent joined, {leg.Surveys:N0} rated visits on a path, in {leg.Folder} (packet contents, recovery effort and NPS: not in an export, not measured)."));
        }
        lines.AddRange(RejectedBy.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => string.Create(c, $"  set aside: {r.Value:N0} conversation(s) with {r.Key}")));
        if (QuarantineFile is not null && RejectedSessions > 0) lines.Add($"  their rows, with the reason: {QuarantineFile}");
        if (IgnoredFiles > 0) lines.Add(string.Create(c, $"  {IgnoredFiles:N0} file(s) whose name does not match session.fromFileName were not read."));
        lines.Add(DerivedColumns.Count == 0 ? "Derived: nothing (the export has every signal column)."
            : $"Derived (marked so in the file): {string.Join(", ", DerivedColumns)}.");
        if (DerivedColumns.Contains("sentiment"))
            lines.Add(string.Create(c, $"  sentiment unknown for {SentimentUnknown:N0} of {UserMessages:N0} user messages (another language than English, or no word the lexicon reads)."));
        return string.Join("\n", lines);
    }
}

/// <summary>What the import wrote of the human leg (<see cref="HandoffSchema"/>) beside the log.</summary>
public sealed record ImportedHumanLeg(string Folder, long Handoffs, long AgentTurns, long Surveys, long ReExplained);
