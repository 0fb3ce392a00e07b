namespace BlindSpot.Summary;

/// <summary>
/// The names of the figures a sweep records, one spelling for the writer and the claims that read them. A figure
/// that exists per learner, intent, feature set or path is "name/part" (e.g. <c>nested_minus_flat_points/linear</c>).
/// </summary>
public static class SweepFigures
{
    // calibrated (the simulator was tuned to these): recorded to complete the calibration table
    public const string EscalatedShare = "escalated_share";
    public const string AbandonedShare = "abandoned_share";
    public const string FailuresBeforeEscalation = "failures_before_escalation";
    public const string EscalationOnlyRecall = "escalation_only_failure_recall";

    // notebook 02, not calibrated: how long abandoners and escalators stay
    public const string UserTurnsAbandonedMinusEscalated = "user_turns_abandoned_minus_escalated";
    public const string MinutesAbandonedMinusEscalated = "minutes_abandoned_minus_escalated";

    // notebook 03
    public const string LevelTwoOracleF1 = "level2_oracle_f1";
    public const string LevelTwoRoutedF1 = "level2_routed_f1";
    public const string NestedMinusFlat = "nested_minus_flat_points";
    /// <summary>The bounds of nested − flat's 95 % corrected resampled t interval over one seed's repeated folds, in points.</summary>
    public const string NestedMinusFlatLower = "nested_minus_flat_lower_points";
    public const string NestedMinusFlatUpper = "nested_minus_flat_upper_points";

    // notebook 04 (the first learner's predictions)
    public const string Fnr = "fnr_observed";
    public const string FnrRatio = "fnr_ratio_observed";
    public const string FnrTruth = "fnr_truth";
    public const string FlaggedHighest = "flagged_highest_fnr";
    /// <summary>1 when the audit flags the group's FNR above the other groups' (Holm-corrected), else 0.</summary>
    public const string FlaggedHigher = "flagged_higher_fnr";
    /// <summary>The audit's tests (groups × tested metrics) and how many of them it flags, either way.</summary>
    public const string AuditTests = "audit_tests";
    public const string AuditFlags = "audit_flags";
    public const string FnrDisparityBefore = "fnr_gap_before";
    public const string FnrDisparityAfter = "fnr_gap_after";
    public const string MitigationRaisedIntents = "mitigation_intents_fnr_raised";
    /// <summary>Overall F1 of failure detection lost to the per-intent thresholds, in points (the mitigation's cost).</summary>
    public const string MitigationF1CostPoints = "mitigation_f1_cost_points";

    // notebook 05
    public const string AucK3 = "abandonment_auc_k3";

    /// <summary>Abandonment AUC after k user turns (velocity exists from k = 3).</summary>
    public static string AucAtK(int k) => $"abandonment_auc_k{k}";
    /// <summary>Abandonment AUC after 3 user turns, the velocity-only model minus the average-only one.</summary>
    public const string VelocityMinusAverageAucK3 = "velocity_minus_average_auc_k3";
    /// <summary>The lower bound of velocity − average's 95 % paired bootstrap interval at turn 3 (one seed's own uncertainty).</summary>
    public const string VelocityMinusAverageAucK3Lower = "velocity_minus_average_auc_k3_lower";
    public const string ShareAbandonersAlerted = "share_abandoners_alerted";
    /// <summary>The lower bound of the 95 % Wilson interval of the share of abandoners alerted.</summary>
    public const string ShareAbandonersAlertedLower = "share_abandoners_alerted_lower";
    public const string AlertPrecision = "alert_precision";
    /// <summary>The lower bound of the 95 % bootstrap interval of the alerts' lift over the abandonment share.</summary>
    public const string AlertLiftLower = "alert_lift_lower";
    public const string MedianAlertLeadTurns = "median_alert_lead_turns";
    /// <summary>The lead the run counted as in time (<see cref="EarlyWarning.EarlyWarningOptions.TurnsToAct"/>).</summary>
    public const string TurnsToAct = "turns_to_act";

    // notebook 06
    public const string Csat = "csat";
    public const string Nps = "nps";
    public const string BlendedMinusEscalatedCsat = "csat_blended_minus_escalated";
    public const string ReExplainedNoneMinusFull = "re_explained_none_minus_full";
    /// <summary>The lower bound of none − full re-explained's 95 % interval (Newcombe), one seed's own uncertainty.</summary>
    public const string ReExplainedNoneMinusFullLower = "re_explained_none_minus_full_lower";
    public const string CsatFullMinusNone = "csat_full_minus_none";
    /// <summary>The lower bound of full − none CSAT's 95 % Welch interval.</summary>
    public const string CsatFullMinusNoneLower = "csat_full_minus_none_lower";
    public const string FirstUsefulReplyFullMinusNone = "first_useful_reply_minutes_full_minus_none";
    public const string UsefulOverFirstReply = "first_useful_over_first_reply_escalated";
    public const string TechnicalSupportMinusLowestOther = "escalated_csat_technical_support_minus_lowest_other";
    public const string ExplainedByArrival = "escalated_csat_explained_by_arrival";

    public static string Of(string figure, string part) => $"{figure}/{part}";
}
