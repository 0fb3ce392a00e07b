using BlindSpot.Audit;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>
/// The figures the planted and emergent verdicts rest on, named as the sweep names them (<see cref="SweepFigures"/>),
/// read from one run's findings. The seed sweep records exactly these for every seed, and the claims read them for the
/// committed data set, so a verdict's rule (<see cref="SeedRules"/>) is the same function on seed 42 and on each seed.
/// NaN where a figure is undefined on that run (no abandoned class, no human leg).
/// </summary>
public static class ClaimFigures
{
    /// <param name="nestedMinusFlat">Each learner's nested − flat macro F1 in points (the models' findings, or the cross-validation results behind them).</param>
    public static Dictionary<string, double> From(OutcomeFindings outcomes, IEnumerable<(string Learner, double Points)> nestedMinusFlat, AuditFindings audit,
                                                  EarlyWarningFindings early, HandoffFindings? handoff)
    {
        var figures = NestedMinusFlat(nestedMinusFlat);
        foreach (var part in new[] { Of(outcomes), Of(audit), Of(early), Of(handoff) })
            foreach (var (name, value) in part) figures[name] = value;
        return figures;
    }

    public static Dictionary<string, double> From(StudyFindings f) => From(f.Outcomes, Gains(f.Models), f.Audit, f.EarlyWarning, f.Handoff);

    public static Dictionary<string, double> Of(OutcomeFindings r) => new(StringComparer.Ordinal)
    {
        [SweepFigures.UserTurnsAbandonedMinusEscalated] = (r.UserTurnsBeforeAbandoning - r.UserTurnsBeforeEscalation) ?? double.NaN,
        [SweepFigures.MinutesAbandonedMinusEscalated] = (r.MinutesBeforeAbandoning - r.MinutesBeforeEscalation) ?? double.NaN,
    };

    public static Dictionary<string, double> Of(ModelFindings r) => NestedMinusFlat(Gains(r));

    private static IEnumerable<(string, double)> Gains(ModelFindings r) => r.Learners.Select(l => (l.Key, l.Value.NestedMinusFlatPoints));

    private static Dictionary<string, double> NestedMinusFlat(IEnumerable<(string Learner, double Points)> gains) =>
        gains.ToDictionary(g => SweepFigures.Of(SweepFigures.NestedMinusFlat, g.Learner), g => g.Points, StringComparer.Ordinal);

    public static Dictionary<string, double> Of(AuditFindings r)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (group, g) in r.Groups)
        {
            figures[SweepFigures.Of(SweepFigures.FnrRatio, group)] = g.Ratio ?? double.NaN;
            figures[SweepFigures.Of(SweepFigures.FlaggedHigher, group)] = g.FlaggedHigher is { } f ? (f ? 1 : 0) : double.NaN;
        }
        figures[SweepFigures.FnrDisparityBefore] = r.FnrDisparityBefore;
        figures[SweepFigures.FnrDisparityAfter] = r.FnrDisparityAfter;
        figures[SweepFigures.MitigationRaisedIntents] = RaisedByMitigation(r).Count;
        figures[SweepFigures.MitigationF1CostPoints] = r.F1CostPoints;
        return figures;
    }

    /// <summary>Re-explained with no packet − with a full one, with its 95 % interval (undefined without the counts).</summary>
    public static Core.Interval ReExplainedInterval(PacketFigures? none, PacketFigures? full) =>
        none is { ReExplanationRate: { } p1, ReExplanationKnown: { } n1 } && full is { ReExplanationRate: { } p2, ReExplanationKnown: { } n2 }
            ? Core.DifferenceIntervals.OfShares((long)Math.Round(p1 * n1), n1, (long)Math.Round(p2 * n2), n2) : Core.Interval.None;

    /// <summary>CSAT with a full packet − with none, with its 95 % Welch interval (undefined without the SDs).</summary>
    public static Core.Interval CsatInterval(PacketFigures? full, PacketFigures? none) =>
        full is { Csat: { } m1, CsatSd: { } s1, CsatAnswers: { } n1 } && none is { Csat: { } m2, CsatSd: { } s2, CsatAnswers: { } n2 }
            ? Core.DifferenceIntervals.OfMeans(m1, s1, n1, m2, s2, n2) : Core.Interval.None;

    /// <summary>Technical support's escalated-path CSAT minus the lowest other intent's (below zero: technical support fares worst).</summary>
    public static double? TechnicalSupportMinusLowestOther(HandoffFindings r)
    {
        if (r.EscalatedCsatByIntent.GetValueOrDefault("technical_support") is not { } technical) return null;
        var others = r.EscalatedCsatByIntent.Where(i => i.Key is not ("technical_support" or "unknown") && i.Value is not null).Select(i => i.Value!.Value).ToList();
        return others.Count == 0 ? null : technical - others.Min();
    }

    /// <summary>The groups whose missed-failure rate the mitigation raised.</summary>
    public static List<string> RaisedByMitigation(AuditFindings r) =>
        [.. r.Groups.Where(g => g.Value is { Fnr: { } before, FnrAfterMitigation: { } after } && after > before).Select(g => g.Key)];

    public static Dictionary<string, double> Of(EarlyWarningFindings r) => new(StringComparer.Ordinal)
    {
        [SweepFigures.VelocityMinusAverageAucK3] = (r.Auc(3, FeatureSet.Velocity) - r.Auc(3, FeatureSet.Average)) ?? double.NaN,
        [SweepFigures.VelocityMinusAverageAucK3Lower] = r.VelocityMinusAverageK3?.Interval.Lower ?? double.NaN,
        [SweepFigures.ShareAbandonersAlerted] = r.ShareAbandonersAlerted,
        [SweepFigures.ShareAbandonersAlertedLower] = r.Alert is { Abandoners: > 0 } a ? Core.ShareInterval.Of(a.AlertedAbandoners, a.Abandoners).Low : double.NaN,
        [SweepFigures.AlertPrecision] = r.AlertPrecision,
        [SweepFigures.AlertLiftLower] = r.Alert?.LiftInterval.Lower ?? double.NaN,
        [SweepFigures.MedianAlertLeadTurns] = r.MedianHorizonTurns,
        [SweepFigures.TurnsToAct] = r.TurnsToAct,
    };

    public static Dictionary<string, double> Of(HandoffFindings? r)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        if (r is null) return figures;
        figures[SweepFigures.BlendedMinusEscalatedCsat] = (r.Segment("blended").Csat - r.Segment("ai_to_human").Csat) ?? double.NaN;
        var (none, full) = (r.Packet("none"), r.Packet("full"));
        figures[SweepFigures.ReExplainedNoneMinusFull] = (none?.ReExplanationRate - full?.ReExplanationRate) ?? double.NaN;
        figures[SweepFigures.CsatFullMinusNone] = (full?.Csat - none?.Csat) ?? double.NaN;
        figures[SweepFigures.ReExplainedNoneMinusFullLower] = ReExplainedInterval(none, full).Lower;
        figures[SweepFigures.CsatFullMinusNoneLower] = CsatInterval(full, none).Lower;
        figures[SweepFigures.FirstUsefulReplyFullMinusNone] = (full?.FirstUsefulReplyMinutes - none?.FirstUsefulReplyMinutes) ?? double.NaN;
        var escalated = r.Segment("ai_to_human");
        figures[SweepFigures.UsefulOverFirstReply] = escalated is { FirstReplyMinutes: > 0 and var first, FirstUsefulReplyMinutes: { } useful } ? useful / first : double.NaN;
        figures[SweepFigures.TechnicalSupportMinusLowestOther] = TechnicalSupportMinusLowestOther(r) ?? double.NaN;
        figures[SweepFigures.ExplainedByArrival] = r.Arrival is { } a && escalated.Csat is { } csat ? a.ExplainedByArrival(csat) : double.NaN;
        return figures;
    }
}
