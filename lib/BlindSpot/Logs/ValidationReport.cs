using System.Text;

namespace BlindSpot.Logs;

/// <summary>A row that broke a rule, as the user can find it in their file.</summary>
public sealed record OffendingRow(string? SessionId, string? TurnIndex)
{
    public override string ToString() => $"({SessionId ?? "NULL"}, {TurnIndex ?? "NULL"})";
}

/// <summary>One rule broken: how often and where first.</summary>
public sealed record RuleViolation(string Rule, string Description, long Count, IReadOnlyList<OffendingRow> FirstRows);

/// <summary>The outcome of validating a turn log. Valid + rejected rows always equal the input rows.</summary>
public sealed record ValidationReport(string Source, long InputRows, long ValidRows, long RejectedRows, IReadOnlyList<RuleViolation> Violations)
{
    public bool IsValid => Violations.Count == 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        if (IsValid)
        {
            text.Append($"{Source}: valid turn log, {InputRows:N0} rows.");
            return text.ToString();
        }
        text.AppendLine($"{Source}: invalid turn log: {Violations.Count} rule(s) broken; {RejectedRows:N0} of {InputRows:N0} rows rejected (whole sessions), {ValidRows:N0} valid.");
        foreach (var v in Violations)
            text.AppendLine($"  {v.Rule}: {v.Count:N0} — {v.Description}; first (session_id, turn_index): {string.Join(", ", v.FirstRows)}");
        return text.ToString().TrimEnd();
    }
}

/// <summary>Thrown when a turn log breaks the contract and no quarantine was asked for.</summary>
public sealed class TurnLogValidationException(ValidationReport report) : Exception(report.ToString())
{
    public ValidationReport Report { get; } = report;
}
