using BlindSpot.Audit;
using BlindSpot.Core;

namespace BlindSpot.Summary;

/// <summary>The case study's three interventions, each with the evidence our notebooks give for it.</summary>
public static class CaseStudyRoadmap
{
    public static ClaimsTable Build(StudyFindings f)
    {
        var sql = f.Outcomes;
        var early = f.EarlyWarning;
        var rates = sql.FailuresPerBotTurnByIntent.OrderByDescending(kv => kv.Value).Take(2).ToList();
        var topTwo = rates.Select(x => $"{x.Key} {x.Value:0.000}").ToList();
        var billingAndTechnical = rates.Select(x => x.Key).Order().SequenceEqual(["billing", "technical_support"]);
        var threeTier = sql.ScoresVsTruth.GetValueOrDefault("three_tier");
        var escalationOnly = sql.ScoresVsTruth.GetValueOrDefault("escalation_only");
        var claims = new List<Claim>
        {
            !double.IsFinite(early.ShareAbandonersAlerted)
            ? new("roadmap 01", "Proactive recovery: reach silent abandoners at turn 2–3, triggered by an early sentiment drop", "intervention",
                "n/a", "05", "not applicable under this outcome definition: no abandoners")
            : new("roadmap 01", "Proactive recovery: reach silent abandoners at turn 2–3, triggered by an early sentiment drop", "intervention",
                $"{Claim.Percent(early.ShareAbandonersAlerted)} of abandoners alerted in the first {early.BestK} user turns; at a {early.SuccessRate * 100:0.#} % success rate, " +
                $"{early.RecoveredPer1000:0.0} recovered vs {early.FalseAlarmsPer1000:0.0} false alarms per 1,000 sessions", "05",
                "worth a trial, with the false-alarm cost in view"),
            new("roadmap 02", "Resolution accuracy: fix the intents where failures accumulate fastest (billing, technical support)", "intervention",
                $"failed bot turns per bot turn before the terminal event: {string.Join(", ", topTwo)}" + AuditEvidence(f.Audit), "02, 04",
                billingAndTechnical ? "these two intents fail most: calibrated, not evidence" : "not supported: other intents fail more on our data"),
            threeTier is null || escalationOnly is null
                ? new("roadmap 03", "Measurement integrity: report resolved / escalated / abandoned, not escalations alone", "intervention",
                    "n/a", "02", "not measured: the definitions were not scored against the truth")
                : new("roadmap 03", "Measurement integrity: report resolved / escalated / abandoned, not escalations alone", "intervention",
                    $"escalation-only catches {Claim.Percent(escalationOnly.FailureRecall)} of true failures, three-tier {Claim.Percent(threeTier.FailureRecall)}", "02",
                    threeTier.FailureRecall - escalationOnly.FailureRecall > 0.1 ? "supported: the blind spot is real on our data" : "not supported on our data"),
        };
        return new ClaimsTable(claims);
    }

    private static string AuditEvidence(AuditFindings audit) =>
        audit.Groups.TryGetValue("billing", out var billing) && billing.Fnr is { } fnr
            ? $"; missed failures (FNR) in billing {Claim.Percent(fnr)} vs {Claim.Percent(audit.OverallFnr)} overall"
            : "";
}
