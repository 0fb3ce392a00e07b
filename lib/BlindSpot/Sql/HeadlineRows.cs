namespace BlindSpot.Sql;

/// <summary>A row of headline.sql's <c>outcome_shares</c>: one definition's share of sessions in each outcome.</summary>
public sealed record OutcomeShareRow(string Definition, double Resolved, double Escalated, double Abandoned);

/// <summary>headline.sql's <c>reveal</c>: what an escalation-only dashboard sees against the three-tier taxonomy.</summary>
public sealed record RevealRow(double EscalationOnlyFailureShare, double ObservedFailureShare, double HiddenAbandonmentShare);

/// <summary>A row of headline.sql's <c>failures_by_outcome</c>.</summary>
public sealed record FailuresByOutcomeRow(string Outcome, double? MeanFailures, double? MeanUserTurns, double? MeanMinutes);

/// <summary>A row of headline.sql's <c>failures_by_intent</c>.</summary>
public sealed record FailuresByIntentRow(string Intent, double FailuresPerBotTurnBeforeEnd);

/// <summary>A row of headline.sql's <c>definitions_vs_truth</c>: one definition scored against the latent truth.</summary>
public sealed record DefinitionVsTruthRow(string Definition, double Accuracy, double FailureRecall);
