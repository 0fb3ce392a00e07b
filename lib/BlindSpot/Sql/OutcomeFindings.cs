using BlindSpot.Core;
using System.Text.Json.Serialization;
using Microsoft.Data.Analysis;

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

    /// <param name="shares">headline.sql's <c>outcome_shares</c> query: the selected definition's own shares are kept.</param>
    /// <param name="reveal">headline.sql's <c>reveal</c> query.</param>
    /// <param name="byOutcome">headline.sql's <c>failures_by_outcome</c> query.</param>
    /// <param name="scores">headline.sql's <c>definitions_vs_truth</c> query; null without a latent truth.</param>
    /// <param name="byIntent">headline.sql's <c>failures_by_intent</c> query.</param>
    public static OutcomeFindings From(string definition, DataFrame shares, DataFrame reveal, DataFrame byOutcome, DataFrame? scores, DataFrame byIntent) => new(
        definition,
        shares.Lookup<double>("definition", definition, "resolved"),
        shares.Lookup<double>("definition", definition, "escalated"),
        shares.Lookup<double>("definition", definition, "abandoned"),
        reveal.Values<double>("escalation_only_failure_share")[0],
        reveal.Values<double>("observed_failure_share")[0],
        reveal.Values<double>("hidden_abandonment_share")[0],
        byOutcome.LookupOrNull("outcome", "escalated", "mean_failures"),
        byOutcome.LookupOrNull("outcome", "abandoned", "mean_failures"),
        Scores(scores),
        new(byIntent.Values<string>("intent").ToDictionary(i => i, i => byIntent.Lookup<double>("intent", i, "failures_per_bot_turn_before_end")), StringComparer.Ordinal))
    {
        UserTurnsBeforeEscalation = byOutcome.LookupOrNull("outcome", "escalated", "mean_user_turns"),
        UserTurnsBeforeAbandoning = byOutcome.LookupOrNull("outcome", "abandoned", "mean_user_turns"),
        MinutesBeforeEscalation = byOutcome.LookupOrNull("outcome", "escalated", "mean_minutes"),
        MinutesBeforeAbandoning = byOutcome.LookupOrNull("outcome", "abandoned", "mean_minutes"),
    };

    private static SortedDictionary<string, DefinitionScore> Scores(DataFrame? scores) => scores is null
        ? new(StringComparer.Ordinal)
        : new(scores.Values<string>("definition").ToDictionary(d => d, d => new DefinitionScore(
            scores.Lookup<double>("definition", d, "accuracy"), scores.Lookup<double>("definition", d, "failure_recall"))), StringComparer.Ordinal);
}
