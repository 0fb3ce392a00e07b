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
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c, $"{Source}: {Sessions + RejectedSessions:N0} conversations read; {Sessions:N0} ({Messages:N0} messages) written to {Output}, {RejectedSessions:N0} set aside."),
        };
        lines.AddRange(RejectedBy.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => string.Create(c, $"  set aside: {r.Value:N0} conversation(s) with {r.Key}")));
        if (QuarantineFile is not null && RejectedSessions > 0) lines.Add($"  their rows, with the reason: {QuarantineFile}");
        if (IgnoredFiles > 0) lines.Add(string.Create(c, $"  {IgnoredFiles:N0} file(s) whose name does not match session.fromFileName were not read."));
        lines.Add(DerivedColumns.Count == 0 ? "Derived: nothing (the export has every signal column)."
            : $"Derived (marked so in the file): {string.Join(", ", DerivedColumns)}.");
        if (DerivedColumns.Contains("sentiment"))
            lines.Add(string.Create(c, $"  sentiment unknown for {SentimentUnknown:N0} of {UserMessages:N0} user messages (no English word the lexicon reads)."));
        return string.Join("\n", lines);
    }
}
