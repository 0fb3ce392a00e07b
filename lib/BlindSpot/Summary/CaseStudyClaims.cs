using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Summary;

/// <summary>
/// Every figure the two sources publish beside ours, built from the stages' findings, each labelled with its kind of
/// evidence (<see cref="ClaimKind"/>) and, where a seed sweep is given, the spread of our figure over the seeds. Each
/// verdict is computed from the figures it describes, in the vocabulary of its kind (<see cref="Verdicts"/>).
/// </summary>
public static partial class CaseStudyClaims
{
    public const string CaseStudy = "case study";
    public const string Article = "handoff article";

    /// <summary>An FNR ratio to overall up to this counts as "not higher" for billing and technical support.</summary>
    public const double NotHigherRatio = 1.25;

    /// <summary>How far the escalated path's CSAT must fall below the blended score for the blend to "hide" it.</summary>
    public const double HiddenPathCsatGap = 0.5;

    /// <summary>The velocity gain with the drop off must stay within this (AUC) for the gain to be the planted drop's.</summary>
    public const double NoGainWithoutDrop = 0.01;

    public static ClaimsTable Build(StudyFindings f, SweepSummary? sweep = null)
    {
        var seeds = new SeedIntervals(sweep);
        return new([.. Outcomes(f.Outcomes, seeds), .. Models(f.Models, seeds), .. Audit(f.Audit, f.Simulation, seeds),
                    .. EarlyWarning(f.EarlyWarning, f.Simulation, seeds), .. Handoff(f.Handoff, seeds)]);
    }

    /// <summary>The summary's closing paragraph, composed from the findings.</summary>
    public static string Findings(StudyFindings f)
    {
        var (learner, best) = f.Models.BestGain();
        var boosted = f.Models.Learners.GetValueOrDefault(BoostedTreesLearner.Id);
        var levelTwo = boosted is { LevelTwoOracleF1: { } oracle, LevelTwoRoutedF1: { } routed }
            ? $"level 2 (boosted trees) scores {oracle:0.000} on observed failures and {routed:0.000} behind level 1, against {PublishedFigures.LevelTwoF1:0.000} (calibrated); "
            : "level 2 does not apply or was not run with boosted trees; ";
        var worst = f.Audit.HighestRatioGroup;
        var auditSentence = f.Audit.GroupsFlaggedHigher > 0 && worst is not null
            ? $"The bias audit flags {f.Audit.GroupsFlaggedHigher} group(s) whose failures the detector misses more often " +
              $"(highest: {worst}, {f.Audit.Groups[worst].Ratio:0.00}× the overall rate{HiddenNote(worst, f.Simulation)}). "
            : "The bias audit flags no group whose failures the detector misses more often. ";
        var shares = CalibratedSharesMatch(f.Outcomes)
            ? "the outcome shares and the failures before escalation match the case study because the simulator was calibrated to them: they show the data is faithful, not that the claims are true. "
            : "the outcome shares or the failures before escalation do not match the case study's under this definition. ";
        var gain = CaseStudyComparison.NestedGainReplicates(best.NestedMinusFlatPoints)
            ? $"the nested design beats the flat one as published (best nested − flat {Signed.Format(best.NestedMinusFlatPoints)} F1 points with {learner}); "
            : $"the nested design does not beat the flat one by the published margin (best nested − flat {Signed.Format(best.NestedMinusFlatPoints)} F1 points with {learner}, against +20); ";
        var velocity = f.EarlyWarning.Auc(3, FeatureSet.Velocity);
        var average = f.EarlyWarning.Auc(3, FeatureSet.Average);
        var early = velocity is null || average is null ? "early warning does not apply (no abandonment to forecast). "
            : velocity > average
                ? $"Sentiment velocity beats average sentiment at turn 3 ({velocity:0.000} vs {average:0.000} AUC){DropNote(f.EarlyWarning)}. "
                : $"Sentiment velocity does not beat average sentiment at turn 3 ({velocity:0.000} vs {average:0.000} AUC). ";
        return $"Under the outcome definition '{f.OutcomeDefinition}': " + shares + "What comes out of the analysis: " + gain + levelTwo + early + auditSentence +
               "The handoff figures are measured on a simulated human leg whose path and packet effects are planted; real logs, imported through the same contract, are what can test them.";
    }

    private static string HiddenNote(string group, SimulationFindings? simulation) => simulation switch
    {
        { HiddenFailures: true } s when s.HiddenFailureIntent == group => ", the intent whose failures the simulator hides",
        { HiddenFailures: true } s => $"; the simulator hides {s.HiddenFailureIntent}'s failures, not this intent's",
        { HiddenFailures: false } => "; the simulator hid no intent's failures in this run",
        _ => "",
    };

    private static string DropNote(EarlyWarningFindings r) => r switch
    {
        { VelocityGainDropOn: { } on, VelocityGainDropOff: { } off } when PlantedDropExplainsGain(on, off) =>
            $", and only while the early drop is planted (adding velocity to the average model: {Signed.Format(on, 3)} AUC with it, {Signed.Format(off, 3)} without)",
        { VelocityGainDropOn: { } on, VelocityGainDropOff: { } off } =>
            $", but the on/off check does not tie it to the planted drop (adding velocity to the average model: {Signed.Format(on, 3)} AUC with it, {Signed.Format(off, 3)} without)",
        _ => " (no on/off check of the planted drop was run)",
    };

    /// <summary>The planted drop explains velocity's gain when the gain is positive with it and about zero without it.</summary>
    public static bool PlantedDropExplainsGain(double gainDropOn, double gainDropOff) =>
        gainDropOn > NoGainWithoutDrop && Math.Abs(gainDropOff) <= NoGainWithoutDrop;

    private static bool CalibratedSharesMatch(OutcomeFindings r) =>
        Math.Abs(r.EscalatedShare - PublishedFigures.Escalated) <= 0.02 && Math.Abs(r.AbandonedShare - PublishedFigures.Abandoned) <= 0.02
        && r.FailuresBeforeEscalation is { } n && Math.Abs(n - PublishedFigures.FailuresBeforeEscalation) <= 0.2;

    private static string Auc(EarlyWarningFindings f, FeatureSet set, int k = 3) => f.Auc(k, set) is { } auc ? $"{auc:0.000}" : "n/a";


    private static string Calibrated(double published, double ours, double tolerance) =>
        Claim.CompareValues(published, ours, tolerance, ClaimKind.Calibrated) + "; calibrated, not evidence";

    private static string Calibrated(double published, double? ours, double tolerance) =>
        ours is { } value ? Calibrated(published, value, tolerance) : $"{Verdicts.NotApplicable} under this outcome definition";

    private static string NumberOrNa(double? value) => value is { } v ? NumberText.Number(v) : "n/a";
}
