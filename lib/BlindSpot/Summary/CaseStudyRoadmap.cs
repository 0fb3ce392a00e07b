namespace BlindSpot.Summary;

/// <summary>The case study's three interventions, each with the evidence our notebooks give for it.</summary>
public static class CaseStudyRoadmap
{
    public static ClaimsTable Build(ResultStore results)
    {
        var sql = results.Require("02-sql-features");
        var early = results.Require("05-early-warning");
        var audit = results.Load("04-bias-audit");
        var rates = sql.Where(kv => kv.Key.StartsWith("failures_per_bot_turn_", StringComparison.Ordinal))
            .OrderByDescending(kv => kv.Value).Take(2)
            .Select(kv => (Intent: kv.Key["failures_per_bot_turn_".Length..], Rate: kv.Value)).ToList();
        var topTwo = rates.Select(x => $"{x.Intent} {x.Rate:0.000}").ToList();
        var billingAndTechnical = rates.Select(x => x.Intent).Order().SequenceEqual(["billing", "technical_support"]);
        var blindSpot = sql["failure_recall_three_tier"] - sql["failure_recall_escalation_only"];
        var claims = new List<Claim>
        {
            new("roadmap 01", "Proactive recovery: reach silent abandoners at turn 2–3, triggered by an early sentiment drop", "intervention",
                $"{Claim.Percent(early["share_abandoners_alerted"])} of abandoners alerted in the first {early["best_k"]:0} user turns; at a 30 % success rate, " +
                $"{early["recovered_per_1000"]:0.0} recovered vs {early["false_alarms_per_1000"]:0.0} false alarms per 1,000 sessions", "05",
                "worth a trial, with the false-alarm cost in view"),
            new("roadmap 02", "Resolution accuracy: fix the intents where failures accumulate fastest (billing, technical support)", "intervention",
                $"failed bot turns per bot turn before the terminal event: {string.Join(", ", topTwo)}" + (audit is null ? "" : AuditEvidence(audit)), audit is null ? "02" : "02, 04",
                billingAndTechnical ? "these two intents fail most: calibrated, not evidence" : "not supported: other intents fail more on our data"),
            new("roadmap 03", "Measurement integrity: report resolved / escalated / abandoned, not escalations alone", "intervention",
                $"escalation-only catches {Claim.Percent(sql["failure_recall_escalation_only"])} of true failures, three-tier {Claim.Percent(sql["failure_recall_three_tier"])}", "02",
                blindSpot > 0.1 ? "supported: the blind spot is real on our data" : "not supported on our data"),
        };
        return new ClaimsTable(claims);
    }

    private static string AuditEvidence(IReadOnlyDictionary<string, double> audit) =>
        audit.TryGetValue("fnr_billing", out var fnr) && audit.TryGetValue("overall_fnr", out var overall)
            ? $"; missed failures (FNR) in billing {Claim.Percent(fnr)} vs {Claim.Percent(overall)} overall"
            : "";
}
