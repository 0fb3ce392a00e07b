using System.Text;

namespace BlindSpot.Logs;

/// <summary>
/// A row that broke a rule, as the user can find it in their file: by (session_id, turn_index), or, for a damaged
/// CSV line, by its line number and what is wrong with it.
/// </summary>
public sealed record OffendingRow(string? SessionId, string? TurnIndex, long? Line = null, string? Problem = null)
{
    public override string ToString() => Problem is null
        ? $"({SessionId ?? "NULL"}, {TurnIndex ?? "NULL"})"
        : $"line {Line} (session {SessionId ?? "unknown"}): {Problem}";
}

/// <summary>One rule broken: how often and where first.</summary>
public sealed record RuleViolation(string Rule, string Description, long Count, IReadOnlyList<OffendingRow> FirstRows)
{
    public override string ToString()
    {
        if (FirstRows is [{ Problem: not null } first, ..])
        {
            var more = FirstRows.Count > 1 ? $"; first lines: {string.Join(", ", FirstRows.Select(r => r.Line))}" : "";
            return $"{Rule}: {Count:N0} — {first}{more}";
        }
        if (FirstRows.Count == 0) return $"{Rule}: {Count:N0} — {Description}";
        return $"{Rule}: {Count:N0} — {Description}; first (session_id, turn_index): {string.Join(", ", FirstRows)}";
    }
}

/// <summary>The outcome of validating a turn log. Valid + rejected rows always equal the input rows.</summary>
public sealed record ValidationReport(string Source, long InputRows, long ValidRows, long RejectedRows, IReadOnlyList<RuleViolation> Violations)
{
    /// <summary>
    /// <see cref="TurnLogFingerprint"/> of the file's rows, computed during validation where it equals the file's own
    /// (a Parquet log with the contract's types throughout); null elsewhere.
    /// </summary>
    public string? Fingerprint { get; init; }

    public bool IsValid => Violations.Count == 0;

    /// <summary>The first line of <see cref="ToString"/>: the file and its row accounting.</summary>
    public string Headline => IsValid
        ? $"{Source}: valid turn log, {InputRows:N0} rows."
        : $"{Source}: invalid turn log: {Violations.Count} rule(s) broken; {RejectedRows:N0} of {InputRows:N0} rows rejected (whole sessions), {ValidRows:N0} valid.";

    /// <summary>One line per broken rule, indented, as <see cref="ToString"/> lists them.</summary>
    public IEnumerable<string> RuleLines => Violations.Select(v => $"  {v}");

    public override string ToString()
    {
        var text = new StringBuilder(Headline);
        foreach (var line in RuleLines) text.Append('\n').Append(line);
        return text.ToString();
    }
}

/// <summary>Thrown when a turn log breaks the contract and no quarantine was asked for.</summary>
public sealed class TurnLogValidationException(ValidationReport report) : Exception(report.ToString())
{
    public ValidationReport Report { get; } = report;
}
