using BlindSpot.Core;
using System.Text.Json.Serialization;

namespace BlindSpot.Sql;

/// <summary>How one outcome definition scores against the simulator's latent truth.</summary>
public sealed record DefinitionScore(double Accuracy, double FailureRecall);

/// <summary>
/// What notebook 02 hands on: the selected definition's outcome shares, the reveal (what an escalation-only dashboard
/// reports against the three-tier taxonomy), the failures before each ending, every definition scored against the truth, and failed bot turns
/// per bot turn by intent. A value the chosen definition has no class for (no abandoned sessions) is null.
/// </summary>
public sealed record OutcomeFindings(
    string OutcomeDefinition,
    double ResolvedShare,
    double EscalatedShare,
    double AbandonedShare,
    double EscalationOnlyFailureShare,
    double ObservedFailureShare,
    double AbandonmentRate,
    double? FailuresBeforeEscalation,
    double? FailuresBeforeAbandoning,
    SortedDictionary<string, DefinitionScore> ScoresVsTruth,
    SortedDictionary<string, double> FailuresPerBotTurnByIntent) : IFindings
{
    public static string Stage => "02-sql-features";

    public static int SchemaVersion => 4;

    /// <summary>How long escalated and abandoned users stayed before the terminal event: mean user turns and minutes (null: no such class).</summary>
    public double? UserTurnsBeforeEscalation { get; init; }
    public double? UserTurnsBeforeAbandoning { get; init; }
    public double? MinutesBeforeEscalation { get; init; }
    public double? MinutesBeforeAbandoning { get; init; }

    /// <summary>Whether each definition's label is determined on this log (empty in findings saved before it was measured).</summary>
    public SortedDictionary<string, LabelDeterminacy> Determinacy { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Why the selected definition's label is not determined on this log (null when it is, or was not measured).</summary>
    [JsonIgnore]
    public string? NotDeterminedReason => Determinacy.TryGetValue(OutcomeDefinition, out var d) && !d.IsDetermined ? d.Reason : null;

    /// <summary>"the outcome definition 'three_tier' is not determined: 95.0 % of sessions …" (null when it is).</summary>
    [JsonIgnore]
    public string? NotDeterminedSentence => NotDeterminedReason is { } why ? $"the outcome definition '{OutcomeDefinition}' is not determined: {why}" : null;

    /// <summary>Whether the selected definition's label is determined on this log (true when it was not measured).</summary>
    [JsonIgnore]
    public bool IsDetermined => !Determinacy.TryGetValue(OutcomeDefinition, out var d) || d.IsDetermined;

    /// <summary>The failure share over the determined definitions (see <see cref="FailureShareRange"/>); null when not measured.</summary>
    [JsonIgnore]
    public FailureShareRange? FailureRange => Determinacy.Count == 0 ? null : FailureShareRange.Of(Determinacy.Values);

    /// <summary>The findings from headline.sql's tables as the SQL stage ran them (<see cref="HeadlineTables"/>).</summary>
    public static OutcomeFindings From(string definition, HeadlineTables tables)
    {
        var shares = tables.OutcomeShares.As<OutcomeShareRow>("headline.sql outcome_shares").Single(r => r.Definition == definition);
        var reveal = tables.Reveal.Single<RevealRow>("headline.sql reveal");
        var byOutcome = tables.FailuresByOutcome.As<FailuresByOutcomeRow>("headline.sql failures_by_outcome").ToDictionary(r => r.Outcome, StringComparer.Ordinal);
        var scores = tables.DefinitionsVsTruth?.As<DefinitionVsTruthRow>("headline.sql definitions_vs_truth") ?? [];
        var byIntent = tables.FailuresByIntent.As<FailuresByIntentRow>("headline.sql failures_by_intent");
        var escalated = byOutcome.GetValueOrDefault(Outcomes.Name(Outcome.Escalated));
        var abandoned = byOutcome.GetValueOrDefault(Outcomes.Name(Outcome.Abandoned));
        return new(definition, shares.Resolved, shares.Escalated, shares.Abandoned,
            reveal.EscalationOnlyFailureShare, reveal.ObservedFailureShare, reveal.HiddenAbandonmentShare,
            escalated?.MeanFailures, abandoned?.MeanFailures,
            new(scores.ToDictionary(r => r.Definition, r => new DefinitionScore(r.Accuracy, r.FailureRecall)), StringComparer.Ordinal),
            new(byIntent.ToDictionary(r => r.Intent, r => r.FailuresPerBotTurnBeforeEnd), StringComparer.Ordinal))
        {
            UserTurnsBeforeEscalation = escalated?.MeanUserTurns,
            UserTurnsBeforeAbandoning = abandoned?.MeanUserTurns,
            MinutesBeforeEscalation = escalated?.MeanMinutes,
            MinutesBeforeAbandoning = abandoned?.MeanMinutes,
            Determinacy = LabelDeterminacy.From(tables.LabelDeterminacy),
        };
    }
}
