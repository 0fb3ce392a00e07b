using BlindSpot.Modeling;

namespace BlindSpot.Summary;

/// <summary>
/// The rule a planted or emergent verdict applies to one run's figures (<see cref="ClaimFigures"/>): true when the claim
/// holds on that run, false when it does not, null when the figures it needs are undefined there. The claims apply it to
/// the committed data set and to every seed of the sweep, and <see cref="SeedVerdicts"/> turns the count into the word.
/// </summary>
public sealed record SeedRule(string Name, string Statement, Func<Func<string, double>, bool?> Test)
{
    /// <summary>The rule tests a published figure of another team's data, which a simulation can reproduce or not, never refute.</summary>
    public bool PublishedFigure { get; init; }

    public bool? Holds(IReadOnlyDictionary<string, double> figures) =>
        Test(name => figures.TryGetValue(name, out var v) ? v : double.NaN);
}

public static class SeedRules
{
    private static bool? Defined(bool condition, params double[] values) => values.All(double.IsFinite) ? condition : null;

    public static readonly SeedRule NestedBeatsFlat = new("nested_beats_flat",
        $"the best learner's nested − flat is within {CaseStudyComparison.ReplicationMarginPoints:0} points of +{CaseStudyComparison.NestedGainPoints:0}",
        // The learners are the parts of the figure; a run has every learner it was asked for.
        get => Best(get) is { } best ? CaseStudyComparison.NestedGainReplicates(best) : null) { PublishedFigure = true };

    private static double? Best(Func<string, double> get)
    {
        var values = Learner.Names.Select(l => get(SweepFigures.Of(SweepFigures.NestedMinusFlat, l))).Where(double.IsFinite).ToList();
        return values.Count == 0 ? null : values.Max();
    }

    /// <summary>The intent whose failures the simulator hides (<see cref="Simulation.PlantedEffects.HiddenFailureIntent"/>).</summary>
    public static string HiddenIntent { get; } = new Simulation.PlantedEffects().HiddenFailureIntent;

    // Planted: hidden_failures. The rule it replaced ("billing and technical support are not above 1.25× overall") held
    // with every plant off too: it follows from their calibrated out-of-scope rates, not from anything planted.
    public static readonly SeedRule AuditFlagsHiddenIntent = new("audit_flags_hidden_intent",
        $"the audit flags {HiddenIntent}'s missed-failure rate above the other intents' (Holm-corrected)",
        get => get(SweepFigures.Of(SweepFigures.FlaggedHigher, HiddenIntent)) is var f && double.IsFinite(f) ? f == 1 : null);

    /// <summary>
    /// The most overall F1 of failure detection, in points, the per-intent thresholds may cost and still count as
    /// equalising "for free": about the half-width of overall F1's own 95 % interval at 1,250 sessions (0.912
    /// [0.896, 0.927] in notebook 04), so a larger cost is more than the noise of F1 itself. Thresholds are only ever
    /// lowered, so no intent's missed failures can rise; what can rise is the false alarms, which F1 counts.
    /// </summary>
    public const double MaxMitigationF1CostPoints = 2;

    public static readonly SeedRule ThresholdsNarrowTheGap = new("thresholds_narrow_gap",
        $"the gap between intents narrows and overall F1 of failure detection falls by at most {MaxMitigationF1CostPoints:0} points",
        get =>
        {
            var (before, after, cost) = (get(SweepFigures.FnrDisparityBefore), get(SweepFigures.FnrDisparityAfter), get(SweepFigures.MitigationF1CostPoints));
            return Defined(after < before && cost <= MaxMitigationF1CostPoints, before, after, cost);
        });

    // Planted: early_sentiment_drop. Against the seed's own noise: the 95 % paired bootstrap interval of velocity − average
    // AUC (the same sessions, both models) lies above 0. With the drop switched off the difference is noise of SD ≈ 0.019.
    public static readonly SeedRule VelocityBeatsAverage = new("velocity_beats_average",
        "the velocity-only model's abandonment AUC at turn 3 is above the average-only model's (paired 95 % interval above 0)",
        get => get(SweepFigures.VelocityMinusAverageAucK3Lower) is var d && double.IsFinite(d) ? d > 0 : null);

    public static readonly SeedRule MostAbandonersAlerted = new("most_abandoners_alerted",
        $"at least {Core.NumberText.Percent(Verdicts.MostShare, 0)} of abandoners are alerted before they leave (95 % interval at or above it)",
        get => get(SweepFigures.ShareAbandonersAlertedLower) is var s && double.IsFinite(s) ? s >= Verdicts.MostShare : null);

    /// <summary>
    /// The alerts beat the abandonment share beyond noise (the lift's 95 % interval lies above 1) and leave time to act
    /// (the median lead reaches the run's <see cref="EarlyWarning.EarlyWarningOptions.TurnsToAct"/>).
    /// </summary>
    public static readonly SeedRule AlertsInTimeAndOnTarget = new("alerts_in_time",
        "the alerts reach abandoners more often than the abandonment share (lift's 95 % interval above 1) and the median alert leaves the turns needed to act",
        get =>
        {
            var (lift, lead, needed) = (get(SweepFigures.AlertLiftLower), get(SweepFigures.MedianAlertLeadTurns), get(SweepFigures.TurnsToAct));
            return Defined(lift > 1 && lead >= needed, lift, lead, needed);
        });

    // Planted: handoff_costs.
    public static readonly SeedRule BlendHidesEscalated = new("blend_hides_escalated",
        $"the escalated path's CSAT is more than {CaseStudyClaims.HiddenPathCsatGap:0.0} below the blend",
        get => get(SweepFigures.BlendedMinusEscalatedCsat) is var d && double.IsFinite(d) ? d > CaseStudyClaims.HiddenPathCsatGap : null);

    /// <summary>
    /// The first-useful-reply margin, a median's difference with no interval of its own: about three times what chance
    /// gives with the packet effect off (1,250 sessions: SD of none − full ≈ 0.34 min; docs/planted-effects.md).
    /// </summary>
    public const double PacketMinutes = 1.0;

    // Planted: packet_effect. Against the seed's own noise: the 95 % interval (Newcombe) of none − full lies above 0.
    public static readonly SeedRule PacketCutsReExplanation = new("packet_cuts_re_explanation",
        "fewer customers re-explain with a full packet than with none (95 % interval of the difference above 0)",
        get => get(SweepFigures.ReExplainedNoneMinusFullLower) is var d && double.IsFinite(d) ? d > 0 : null);

    // Planted: packet_effect.
    public static readonly SeedRule PacketSpeedsAndSatisfies = new("packet_speeds_and_satisfies",
        $"with a full packet the first useful reply comes at least {PacketMinutes:0} min sooner and CSAT is higher than with none (95 % Welch interval above 0)",
        get =>
        {
            var (minutes, csat) = (get(SweepFigures.FirstUsefulReplyFullMinusNone), get(SweepFigures.CsatFullMinusNoneLower));
            return Defined(minutes <= -PacketMinutes && csat > 0, minutes, csat);
        });

    public static readonly SeedRule AbandonersLeaveEarlier = new("abandoners_leave_earlier",
        "abandoners leave after fewer user turns and fewer minutes than escalators",
        get =>
        {
            var (turns, minutes) = (get(SweepFigures.UserTurnsAbandonedMinusEscalated), get(SweepFigures.MinutesAbandonedMinusEscalated));
            return Defined(turns < 0 && minutes < 0, turns, minutes);
        });

    /// <summary>"Fast first reply but slow first useful reply": the useful one takes at least this many times as long.</summary>
    public const double SlowUsefulReplyRatio = 2;

    // Planted: agent_investigates.
    public static readonly SeedRule UsefulReplyLags = new("useful_reply_lags",
        $"on the escalated path the first useful reply takes at least {SlowUsefulReplyRatio:0}× as long as the first reply",
        get => get(SweepFigures.UsefulOverFirstReply) is var r && double.IsFinite(r) ? r >= SlowUsefulReplyRatio : null);

    public static readonly SeedRule TechnicalSupportWorstOnHandoff = new("technical_support_worst_on_handoff",
        "technical support has the lowest escalated-path CSAT of the intents",
        get => get(SweepFigures.TechnicalSupportMinusLowestOther) is var d && double.IsFinite(d) ? d < 0 : null);

    /// <summary>Each planted rule and the plant it tests (<see cref="Simulation.PlantedEffects.PlantNames"/>).</summary>
    public static IReadOnlyList<(SeedRule Rule, string Plant)> Planted { get; } =
    [
        (AuditFlagsHiddenIntent, Simulation.PlantedEffects.Hidden), (VelocityBeatsAverage, Simulation.PlantedEffects.EarlyDrop),
        (BlendHidesEscalated, Simulation.PlantedEffects.Costs), (UsefulReplyLags, Simulation.PlantedEffects.Investigation),
        (PacketCutsReExplanation, Simulation.PlantedEffects.Packet), (PacketSpeedsAndSatisfies, Simulation.PlantedEffects.Packet),
    ];

    public static IReadOnlyList<SeedRule> All { get; } =
    [
        AbandonersLeaveEarlier, UsefulReplyLags, TechnicalSupportWorstOnHandoff, NestedBeatsFlat, AuditFlagsHiddenIntent, ThresholdsNarrowTheGap, VelocityBeatsAverage, MostAbandonersAlerted,
        AlertsInTimeAndOnTarget, BlendHidesEscalated, PacketCutsReExplanation, PacketSpeedsAndSatisfies,
    ];
}
