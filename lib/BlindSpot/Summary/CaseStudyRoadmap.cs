using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Summary;

/// <summary>The case study's three interventions, each with the evidence our notebooks give for it, its kind and a computed verdict.</summary>
public static class CaseStudyRoadmap
{
    public static ClaimsTable Build(StudyFindings f, SweepSummary? sweep = null)
    {
        var seeds = new SeedIntervals(sweep);
        var sql = f.Outcomes;
        var early = f.EarlyWarning;
        var rates = sql.FailuresPerBotTurnByIntent.OrderByDescending(kv => kv.Value).Take(2).ToList();
        var topTwo = rates.Select(x => $"{x.Key} {x.Value:0.000}").ToList();
        var billingAndTechnical = rates.Select(x => x.Key).Order().SequenceEqual(["billing", "technical_support"]);
        var threeTier = sql.ScoresVsTruth.GetValueOrDefault("three_tier");
        var escalationOnly = sql.ScoresVsTruth.GetValueOrDefault("escalation_only");
        const string recovery = "Proactive recovery: reach silent abandoners at turn 2–3, triggered by an early sentiment drop";
        const string measurement = Measurement;
        var successRate = $"{early.SuccessRate * 100:0.#} %";
        var claims = new List<Claim>
        {
            !double.IsFinite(early.ShareAbandonersAlerted)
            ? new("roadmap 01", recovery, ClaimKind.Emergent, "intervention", "n/a", "05", $"{Verdicts.NotApplicable} under this outcome definition: no abandoners")
            : f.Simulation is null ? RecoveryOnALog(early, recovery, successRate, seeds)
            : new("roadmap 01", recovery, ClaimKind.Emergent, "intervention",
                $"{NumberText.Percent(early.ShareAbandonersAlerted)} of abandoners alerted in the first {early.BestK} user turns, a median {NumberText.Turns(early.MedianHorizonTurns)} before they leave; " +
                $"{NumberText.Percent(early.AlertPrecision)} of alerts reach an abandoner; assuming a {successRate} success rate, " +
                $"{early.RecoveredPer1000:0.0} recovered vs {early.FalseAlarmsPer1000:0.0} false alarms per 1,000 sessions", "05",
                RecoveryVerdict(early, successRate, seeds))
            {
                SeedInterval = SeedIntervals.All(seeds.Of(SweepFigures.AlertPrecision, "0.0 %", "alerts reaching an abandoner "),
                    seeds.Of(SweepFigures.MedianAlertLeadTurns, "0.0", "median lead ", unit: " log turns"),
                    seeds.Of(SweepFigures.ShareAbandonersAlerted, "0.0 %", "abandoners alerted ")),
            },
            f.Simulation is null ? ResolutionAccuracyOnALog(f, rates, topTwo, billingAndTechnical) :
            new("roadmap 02", ResolutionAccuracy, ClaimKind.Calibrated, "intervention",
                $"failed bot turns per bot turn before the terminal event: {string.Join(", ", topTwo)}" + AuditEvidence(f.Audit), "02, 04",
                billingAndTechnical ? Verdicts.Of(ClaimKind.Calibrated, true, "these two intents fail most because the simulator was tuned so; not evidence")
                    : Verdicts.Of(ClaimKind.Calibrated, false, $"{string.Join(" and ", rates.Select(x => x.Key))} fail most on our data")),
            f.Simulation is null && (threeTier is null || escalationOnly is null) ? MeasurementOnALog(f) :
            threeTier is null || escalationOnly is null
                ? new("roadmap 03", measurement, ClaimKind.Calibrated, "intervention", "n/a", "02", $"{Verdicts.NotMeasured}: the definitions were not scored against the truth")
                : new("roadmap 03", measurement, ClaimKind.Calibrated, "intervention",
                    $"escalation-only catches {NumberText.Percent(escalationOnly.FailureRecall)} of latent failures (the simulator's truth), three-tier {NumberText.Percent(threeTier.FailureRecall)}", "02",
                    Verdicts.Of(ClaimKind.Calibrated, threeTier.FailureRecall - escalationOnly.FailureRecall > BlindSpotGap,
                        threeTier.FailureRecall - escalationOnly.FailureRecall > BlindSpotGap
                            ? "the gap follows from the calibrated escalated and abandoned shares" +
                              (threeTier.FailureRecall >= 1 ? ", and three-tier catches every latent failure because the simulator never confirms a failed session as resolved" : "") + "; not evidence"
                            : $"escalation-only catches within {BlindSpotGap * 100:0} points of three-tier's recall on our data"))
                {
                    SeedInterval = seeds.Of(SweepFigures.EscalationOnlyRecall, "0.0 %", "escalation-only "),
                },
        };
        return f.Simulation is null ? new ClaimsTable(NotDeterminedOnALog(f, claims), "this log") : new ClaimsTable(claims);
    }

    /// <summary>
    /// On a team's log whose labels rest on missing markers, no roadmap row draws a verdict from them: every row when the
    /// selected definition is not determined, roadmap 03 (escalation-only against three-tier) when either of those is not.
    /// </summary>
    private static List<Claim> NotDeterminedOnALog(StudyFindings f, List<Claim> claims)
    {
        string NotDetermined(string why) => $"{Verdicts.NotDetermined}: {why}";
        if (f.Outcomes.NotDeterminedSentence is { } selected)
            return [.. claims.Select(c => c with { Verdict = NotDetermined(selected) })];
        return [.. claims.Select(c => c.Statement == Measurement && Sql.DeterminacyText.InsteadOfHeadline(f.Outcomes) is { } reveal
            ? c with { Verdict = NotDetermined(reveal) } : c)];
    }

    /// <summary>
    /// Roadmap 01 holds when (with a sweep: in most seeds, <see cref="SeedVerdicts"/>) its rule holds
    /// (<see cref="SeedRules.AlertsInTimeAndOnTarget"/>): the alerts beat the abandonment share beyond noise and the median
    /// alert leaves the turns needed to act; partly when only one of the two does. The recovered count is not judged: it
    /// rests on the success rate the notebook assumes.
    /// </summary>
    private static string RecoveryVerdict(EarlyWarning.EarlyWarningFindings early, string successRate, SeedIntervals seeds)
    {
        var (precision, lead) = (early.AlertPrecision, early.MedianHorizonTurns);
        var facts = $"{NumberText.Percent(precision)} of alerts reach an abandoner" + (early.Alert is { } a ? $" (lift {NumberText.Number(a.Lift)} {a.LiftInterval} over the abandonment share)" : "") +
                    $", a median {NumberText.Turns(lead)} before they leave ({NumberText.Turns(early.TurnsToAct)} needed to act); the recovered count rests on the assumed {successRate} success rate";
        var figures = ClaimFigures.Of(early);
        if (seeds.Sweep is not null) return seeds.Verdict(ClaimKind.Emergent, SeedRules.AlertsInTimeAndOnTarget, figures, facts);
        if (SeedRules.AlertsInTimeAndOnTarget.Holds(figures) == true) return Verdicts.Of(ClaimKind.Emergent, true, facts);
        // one of the rule's two halves: the alerts beat the abandonment share, or they come in time
        return figures[SweepFigures.AlertLiftLower] > 1 || lead >= early.TurnsToAct ? $"{Verdicts.ReplicatesPartly}: {facts}"
            : Verdicts.Of(ClaimKind.Emergent, false, facts);
    }

    /// <summary>
    /// On a team's log, roadmap 01 is judged only when the alerts stand out of noise (<see cref="EarlyWarning.AlertEvidence.Check"/>):
    /// alerts that reach abandoners no more often than the abandonment share are no reason to reach out.
    /// </summary>
    private static Claim RecoveryOnALog(EarlyWarning.EarlyWarningFindings early, string statement, string successRate, SeedIntervals seeds)
    {
        var check = early.Alert?.Check() ?? Testability.Not("the early-warning findings hold no interval for the alerts' lift and AUC: run notebook 05 again");
        return new("roadmap 01", statement, ClaimKind.Emergent, "intervention",
            $"{NumberText.Percent(early.ShareAbandonersAlerted)} of abandoners alerted in the first {early.BestK} user turns, a median {NumberText.Turns(early.MedianHorizonTurns)} before they leave; " +
            $"{NumberText.Percent(early.AlertPrecision)} of alerts reach an abandoner" + (early.Alert is { } alert ? $": {alert.Text()}" : "") +
            (check.IsTestable ? $"; assuming a {successRate} success rate, {early.RecoveredPer1000:0.0} recovered vs {early.FalseAlarmsPer1000:0.0} false alarms per 1,000 sessions" : ""), "05",
            check.Or(RecoveryVerdict(early, successRate, seeds)));
    }


    private const string ResolutionAccuracy = "Resolution accuracy: fix the intents where failures accumulate fastest (billing, technical support)";
    private const string Measurement = "Measurement integrity: report resolved / escalated / abandoned, not escalations alone";

    // On a log the simulator did not write nothing was tuned or planted: what the log shows is the evidence itself.
    private static Claim ResolutionAccuracyOnALog(StudyFindings f, List<KeyValuePair<string, double>> rates, List<string> topTwo, bool billingAndTechnical) =>
        new("roadmap 02", ResolutionAccuracy, ClaimKind.Emergent, "intervention",
            $"failed bot turns per bot turn before the terminal event: {string.Join(", ", topTwo)}" +
            (f.Audit.Check() is { IsTestable: false } audit ? $"; the audit of missed failures is {audit.Sentence}" : AuditEvidence(f.Audit)), "02, 04",
            (f.Outcomes.FailuresPerBotTurnByIntent.Count < 2
                ? Testability.Not($"the log names {f.Outcomes.FailuresPerBotTurnByIntent.Count} intent(s), so none can fail most") : Testability.Testable)
            .Or(Verdicts.Of(ClaimKind.Emergent, billingAndTechnical, billingAndTechnical ? "billing and technical support fail most on this log"
                : $"{string.Join(" and ", rates.Select(x => x.Key))} fail most on this log")));

    private static Claim MeasurementOnALog(StudyFindings f)
    {
        var missed = f.Outcomes.ObservedFailureShare - f.Outcomes.EscalationOnlyFailureShare;
        return new("roadmap 03", Measurement, ClaimKind.Emergent, "intervention",
            $"escalation-only counts {NumberText.Percent(f.Outcomes.EscalationOnlyFailureShare)} of sessions as failing, three-tier {NumberText.Percent(f.Outcomes.ObservedFailureShare)}", "02",
            Verdicts.Of(ClaimKind.Emergent, missed > BlindSpotGap, missed > BlindSpotGap
                ? $"an escalation-only dashboard misses {NumberText.Percent(missed)} of all sessions, which left silently"
                : $"escalation-only misses no more than {BlindSpotGap * 100:0} points of sessions on this log"));
    }

    /// <summary>Three-tier must catch more than this share of latent failures beyond escalation-only for the blind spot to count.</summary>
    public const double BlindSpotGap = 0.1;

    private static string AuditEvidence(AuditFindings audit) =>
        audit.Groups.TryGetValue("billing", out var billing) && billing.Fnr is { } fnr
            ? $"; missed failures (FNR) in billing {NumberText.Percent(fnr)} vs {NumberText.Percent(audit.OverallFnr)} overall"
            : "";
}
