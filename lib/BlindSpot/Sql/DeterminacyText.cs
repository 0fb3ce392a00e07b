namespace BlindSpot.Sql;

/// <summary>
/// What a notebook says in place of the reveal's headline when the log does not determine the labels it rests on
/// (escalation-only against three-tier): the range, and why, instead of one definition's default branch.
/// </summary>
public static class DeterminacyText
{
    /// <summary>The sentence that replaces the headline, or null when both definitions the reveal contrasts are determined.</summary>
    public static string? InsteadOfHeadline(OutcomeFindings findings)
    {
        if (findings.FailureRange is not { } range) return null;
        var undetermined = new[] { "escalation_only", "three_tier" }
            .Where(d => findings.Determinacy.TryGetValue(d, out var x) && !x.IsDetermined)
            .Select(d => $"The {d} label is not determined: {findings.Determinacy[d].Reason}").ToList();
        if (undetermined.Count == 0) return null;
        return $"On this log the reveal cannot be read as one number. {string.Join(" ", undetermined)} {range.Sentence}";
    }
}
