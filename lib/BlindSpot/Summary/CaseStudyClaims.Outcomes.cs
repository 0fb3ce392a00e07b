using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>The published claims about the outcome shares and what they leave out (notebook 02).</summary>
public static partial class CaseStudyClaims
{
    public static IEnumerable<Claim> Outcomes(OutcomeFindings r, SeedIntervals? seeds = null)
    {
        seeds ??= new SeedIntervals(null);
        const ClaimKind calibrated = ClaimKind.Calibrated;
        // The published rates are the case study's own taxonomy; ours are the shares under the definition the notebooks ran with.
        yield return new Claim(CaseStudy, "escalation rate (what an escalation-only dashboard reports)", calibrated, NumberText.Percent(PublishedFigures.Escalated),
            NumberText.Percent(r.EscalatedShare), "02", Calibrated(PublishedFigures.Escalated, r.EscalatedShare, 0.02)) { SeedInterval = seeds.Of(SweepFigures.EscalatedShare, "0.0 %") };
        yield return r.AbandonedShare > 0
            ? new Claim(CaseStudy, "abandonment rate", calibrated, NumberText.Percent(PublishedFigures.Abandoned), NumberText.Percent(r.AbandonedShare), "02", Calibrated(PublishedFigures.Abandoned, r.AbandonedShare, 0.02))
                { SeedInterval = seeds.Of(SweepFigures.AbandonedShare, "0.0 %") }
            : new(CaseStudy, "abandonment rate", calibrated, NumberText.Percent(PublishedFigures.Abandoned), "n/a", "02", $"{Verdicts.NotApplicable} under this outcome definition: it has no abandoned class");
        yield return new(CaseStudy, "\"true failure rate\": observed escalated + abandoned", calibrated, NumberText.Percent(PublishedFigures.EscalatedOrAbandoned),
            NumberText.Percent(r.EscalatedShare + r.AbandonedShare), "02", Calibrated(PublishedFigures.EscalatedOrAbandoned, r.EscalatedShare + r.AbandonedShare, 0.02));
        yield return new Claim(CaseStudy, "escalated users' bot failures before asking for a human", calibrated, NumberText.Number(PublishedFigures.FailuresBeforeEscalation, 1),
            NumberOrNa(r.FailuresBeforeEscalation), "02", Calibrated(PublishedFigures.FailuresBeforeEscalation, r.FailuresBeforeEscalation, 0.2)) { SeedInterval = seeds.Of(SweepFigures.FailuresBeforeEscalation, "0.00") };
        yield return new(CaseStudy, "abandoners disengage with fewer logged failures", calibrated, "fewer",
            NumberOrNa(r.FailuresBeforeAbandoning), "02",
            r is { FailuresBeforeAbandoning: { } abandoning, FailuresBeforeEscalation: { } escalating }
                ? Verdicts.Of(calibrated, abandoning < escalating, abandoning < escalating
                    ? $"{NumberText.Number(escalating - abandoning)} fewer than escalated users' {NumberText.Number(escalating)}; calibrated, not evidence" : "abandoners log as many failures or more")
                : $"{Verdicts.NotApplicable} under this outcome definition");
        yield return MissedFailures(r);
        yield return LeaveEarlier(r, seeds);
        var threeTier = r.ScoresVsTruth.GetValueOrDefault("three_tier");
        var escalationOnly = r.ScoresVsTruth.GetValueOrDefault("escalation_only");
        // Arithmetic on calibrated shares: escalation-only cannot see the abandoned share the simulator was tuned to.
        yield return new(CaseStudy, "\"not escalated\" does not mean success: the three-tier taxonomy sees failures escalation-only misses",
            calibrated, "qualitative",
            threeTier is null || escalationOnly is null ? "n/a" : $"accuracy vs truth {NumberText.Percent(threeTier.Accuracy)} vs {NumberText.Percent(escalationOnly.Accuracy)}", "02",
            threeTier is null || escalationOnly is null ? $"{Verdicts.NotMeasured}: the definitions were not scored against the truth"
                : Verdicts.Of(calibrated, threeTier.Accuracy > escalationOnly.Accuracy, threeTier.Accuracy > escalationOnly.Accuracy
                    ? "follows from the calibrated abandonment share, which escalation-only cannot see; not evidence"
                    : "escalation-only is as accurate against the simulated truth"));
    }

    /// <summary>The case study's subtitle, "miss 31 % of failures", counts sessions; as a share of the failures it is larger.</summary>
    private static Claim MissedFailures(OutcomeFindings r)
    {
        const string statement = "the subtitle: escalation-only dashboards \"miss 31 % of failures\"";
        var failures = r.EscalatedShare + r.AbandonedShare;
        if (r.AbandonedShare <= 0 || failures <= 0)
            return new(CaseStudy, statement, ClaimKind.Calibrated, "31 %", "n/a", "02", $"{Verdicts.NotApplicable} under this outcome definition: it has no abandoned class");
        var ofFailures = r.AbandonedShare / failures;
        return new(CaseStudy, statement, ClaimKind.Calibrated, "31 %",
            $"{NumberText.Percent(r.AbandonedShare)} of sessions; {NumberText.Percent(ofFailures)} of observed failures", "02",
            $"{ClaimStandings.DependsOnTheReading}: {Claim.CompareValues(PublishedFigures.Abandoned, r.AbandonedShare, 0.02, ClaimKind.Calibrated)} as a share of sessions; " +
            $"as a share of the observed failures escalation-only misses {NumberText.Percent(ofFailures)}; calibrated, not evidence");
    }

    /// <summary>
    /// "Abandoned users disengage earlier": in user turns and in minutes, before the terminal event. The behaviour model
    /// makes it (<see cref="ModelLines.PersisterPatience"/>, <see cref="ModelLines.AbandonAfterFailure"/>), with no
    /// switch to turn it off, so it is <see cref="ClaimKind.ByConstruction"/>: nothing emerges.
    /// </summary>
    private static Claim LeaveEarlier(OutcomeFindings r, SeedIntervals seeds)
    {
        const string statement = "abandoned users leave earlier than escalated ones (user turns and minutes before the end)";
        if (r is not { UserTurnsBeforeAbandoning: { } turnsA, UserTurnsBeforeEscalation: { } turnsE, MinutesBeforeAbandoning: { } minA, MinutesBeforeEscalation: { } minE })
            return new(CaseStudy, statement, ClaimKind.ByConstruction, "earlier", "n/a", "02", $"{Verdicts.NotApplicable} under this outcome definition: it lacks an escalated or an abandoned class");
        var figures = ClaimFigures.Of(r);
        var earlier = SeedRules.AbandonersLeaveEarlier.Holds(figures) == true;
        var builtIn = $"the behaviour model makes it: {ModelLines.PersisterPatience}; {ModelLines.AbandonAfterFailure}";
        return new(CaseStudy, statement, ClaimKind.ByConstruction, "earlier",
            $"abandoned {NumberText.Number(turnsA, 1)} user turns, {NumberText.Number(minA, 1)} min; escalated {NumberText.Number(turnsE, 1)} user turns, {NumberText.Number(minE, 1)} min", "02",
            seeds.Verdict(ClaimKind.ByConstruction, SeedRules.AbandonersLeaveEarlier, figures, (earlier
                ? $"abandoners leave {NumberText.Number(turnsE - turnsA, 1)} user turns and {NumberText.Number(minE - minA, 1)} minutes sooner"
                : "abandoners do not leave sooner in both user turns and minutes") + $" ({builtIn})"))
        {
            SeedInterval = SeedIntervals.All(seeds.Of(SweepFigures.UserTurnsAbandonedMinusEscalated, "+0.0;-0.0", "user turns abandoned − escalated "),
                seeds.Of(SweepFigures.MinutesAbandonedMinusEscalated, "+0.0;-0.0", "minutes ", unit: "")),
        };
    }
}
