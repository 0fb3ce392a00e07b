using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Modeling;
using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>On a team's log (no simulation findings): each verdict is given only where its effect stands out of its noise.</summary>
public class LogVerdictTests
{
    internal static readonly StudyFindings Clear = ClaimsTests.Study with
    {
        Simulation = null,
        Handoff = null,
        Audit = ClaimsTests.Audit with
        {
            Groups = new(ClaimsTests.Audit.Groups.ToDictionary(g => g.Key, g => g.Value with { Failures = 120 }), StringComparer.Ordinal),
        },
        Models = ClaimsTests.Models with
        {
            Learners = new(StringComparer.Ordinal)
            {
                ["linear"] = ClaimsTests.Models.Learners["linear"] with { FlatMacroF1Interval = new Interval(0.72, 0.75), NestedMacroF1Interval = new Interval(0.71, 0.74) },
                ["boosted_trees"] = ClaimsTests.Models.Learners["boosted_trees"] with { FlatMacroF1Interval = new Interval(0.70, 0.73), NestedMacroF1Interval = new Interval(0.69, 0.72) },
            },
            ShuffledNestedMacroF1 = 0.335,
        },
        EarlyWarning = ClaimsTests.Early with
        {
            MedianHorizonTurns = 2.5,
            Alert = new AlertEvidence(3, 1250, 393, 205, 119, 1.85, new Interval(1.60, 2.10), 0, 1, 0.634, new Interval(0.60, 0.67), 0, 393, 857, 1000),
        },
    };

    // the team log of issue #41: both designs within a point of the shuffled-label control
    internal static readonly StudyFindings AtChance = Clear with
    {
        Models = Clear.Models with
        {
            Learners = new(StringComparer.Ordinal)
            {
                ["boosted_trees"] = new LearnerFindings(0.330, 0.385, 0.52, 0.40, 5.5, 2.0, 9.0)
                    { FlatMacroF1Interval = new Interval(0.318, 0.342), NestedMacroF1Interval = new Interval(0.360, 0.410) },
            },
            ShuffledMacroF1 = 0.324,
            ShuffledNestedMacroF1 = 0.325,
        },
        Audit = Clear.Audit with { Groups = new(StringComparer.Ordinal) { ["unknown"] = new GroupFnr(0.41, 1.001, null) { Failures = 9520 } } },
        // 95.4 % of alerts reach an abandoner when 95.2 % of sessions are abandoned
        EarlyWarning = ClaimsTests.Early with
        {
            BestK = 1, AlertPrecision = 0.954,
            Alert = new AlertEvidence(1, 10000, 9520, 9000, 8586, 1.002, new Interval(0.99, 1.01), 0, 1, 0.515, new Interval(0.49, 0.54), 0, 9520, 480, 1000),
        },
    };

    [Fact]
    public void An_audit_of_one_group_is_not_testable_on_the_log()
    {
        Assert.Contains("The audit flags account_access: the detector misses its failures 3.05 times as often as overall.", LogBesideCaseStudy.Findings(Clear));
        const string why = "not testable on this log: an audit needs at least 2 groups with 30 failures or more, and 1 of 1 have them (unknown 9520)";
        Assert.Contains($"The audit of missed failures by intent is {why}.", LogBesideCaseStudy.Findings(AtChance));
        Assert.EndsWith($"; the audit of missed failures is {why}", CaseStudyRoadmap.Build(AtChance).Claims.Single(c => c.Source == "roadmap 02").Ours);
    }

    [Fact]
    public void Which_intents_fail_most_needs_two_intents()
    {
        Assert.Equal("replicates: billing and technical support fail most on this log", Roadmap02(Clear).Verdict);
        var oneIntent = AtChance with { Outcomes = AtChance.Outcomes with { FailuresPerBotTurnByIntent = new(StringComparer.Ordinal) { ["unknown"] = 0.41 } } };
        Assert.Equal("not testable on this log: the log names 1 intent(s), so none can fail most", Roadmap02(oneIntent).Verdict);
    }

    private static Claim Roadmap02(StudyFindings f) => CaseStudyRoadmap.Build(f).Claims.Single(c => c.Source == "roadmap 02");

    [Fact]
    public void The_closing_paragraph_recommends_outreach_only_for_alerts_that_stand_out()
    {
        Assert.Contains("Watching the first 3 user turns, alerts reach abandoners 1.85 times as often as the 31.4 % abandonment share [1.600, 2.100];", LogBesideCaseStudy.Findings(Clear));
        Assert.Contains("Reaching abandoners at the first alert is not testable on this log: alerts reach abandoners no more often than the abandonment share alone " +
                        "(lift 1.00 [0.990, 1.010], not above 1): no outreach is recommended.", LogBesideCaseStudy.Findings(AtChance));
    }

    [Fact]
    public void The_sensitivity_table_refuses_the_comparisons_a_definition_cannot_test()
    {
        DefinitionRun Run(string name, StudyFindings f) => new(name, [], new OutcomeShares(0.4, 0.3, 0.3), f,
            f.Models.Learners.ToDictionary(l => l.Key, l => (l.Value.NestedMinusFlatPoints, new Interval(l.Value.NestedMinusFlatLowerPoints, l.Value.NestedMinusFlatUpperPoints))),
            CaseStudyClaims.Build(f));
        var table = SensitivityReport.Conclusions([Run("clear", Clear), Run("noise", AtChance)]);
        Assert.Equal("-1.1 [-2.7, +0.5]", table["nested − flat, boosted trees (F1 points)"][0]);
        Assert.Equal("account_access", table["audit flags higher missed failures"][0]);
        Assert.StartsWith("not testable on this log: the models do not beat the shuffled-label control: flat macro F1 0.330", (string)table["nested − flat, boosted trees (F1 points)"][1]);
        Assert.StartsWith("not testable on this log: an audit needs at least 2 groups", (string)table["audit flags higher missed failures"][1]);
    }

    private static Claim Roadmap01(StudyFindings f) => CaseStudyRoadmap.Build(f).Claims.Single(c => c.Source == "roadmap 01");

    [Fact]
    public void Alerts_that_stand_out_get_the_roadmap_verdict()
    {
        var claim = Roadmap01(Clear);
        Assert.Equal("replicates: 58.0 % of alerts reach an abandoner (lift 1.85 [1.600, 2.100] over the abandonment share), a median 2.5 log turns before they leave (1 log turn needed to act); the recovered count rests on the assumed 30 % success rate", claim.Verdict);
        Assert.Contains("alerts reach abandoners 1.85 times as often as the 31.4 % abandonment share [1.600, 2.100]; the weakest forecaster behind them, at user turn 1, has an AUC of 0.634 [0.600, 0.670]", claim.Ours);
        Assert.Contains("assuming a 30 % success rate", claim.Ours);
    }

    [Fact]
    public void Alerts_no_better_than_the_abandonment_share_are_not_testable_and_recommend_nothing()
    {
        var claim = Roadmap01(AtChance);
        Assert.Equal("not testable on this log: alerts reach abandoners no more often than the abandonment share alone (lift 1.00 [0.990, 1.010], not above 1)", claim.Verdict);
        Assert.Equal(ClaimStanding.NotApplicable, ClaimStandings.Of(claim));
        Assert.DoesNotContain("success rate", claim.Ours);
        var noAuc = AtChance with { EarlyWarning = AtChance.EarlyWarning with { Alert = AtChance.EarlyWarning.Alert! with { LiftInterval = new Interval(1.2, 1.4) } } };
        Assert.Equal("not testable on this log: the forecaster behind the alerts does not beat chance (AUC at user turn 1 0.515 [0.490, 0.540], not above 0.5)", Roadmap01(noAuc).Verdict);
    }

    [Fact]
    public void A_borderline_log_with_clear_effects_keeps_its_verdicts()
    {
        // 40 % of sessions end without an ending event (abandoned under three_tier), and every effect is clear
        var borderline = Clear with
        {
            Outcomes = Clear.Outcomes with { AbandonedShare = 0.40, ObservedFailureShare = 0.677 },
            EarlyWarning = Clear.EarlyWarning with { Alert = Clear.EarlyWarning.Alert! with { Abandoners = 500, Lift = 1.45, LiftInterval = new Interval(1.31, 1.60) } },
        };
        Assert.StartsWith("replicates: ", Roadmap01(borderline).Verdict);
        Assert.DoesNotContain(Testability.NotTestable, LogBesideCaseStudy.Findings(borderline));
        Assert.Equal("far below the published gain", Row(borderline, "nested beats flat"));
    }

    [Fact]
    public void Models_above_the_shuffled_control_get_their_verdict()
    {
        Assert.Contains("The nested design does not beat the flat one as published (best nested − flat -0.5 F1 points with linear, against +20).", LogBesideCaseStudy.Findings(Clear));
        Assert.Equal("far below the published gain", Row(Clear, "nested beats flat"));
    }

    [Fact]
    public void Models_at_chance_are_not_testable_and_say_why()
    {
        const string why = "not testable on this log: the models do not beat the shuffled-label control: flat macro F1 0.330 [0.318, 0.342] against 0.324 with shuffled labels";
        Assert.Contains($"Flat against nested is {why}.", LogBesideCaseStudy.Findings(AtChance));
        Assert.Equal(why, Row(AtChance, "nested beats flat"));
    }

    [Fact]
    public void Findings_saved_without_intervals_cannot_show_the_models_beat_chance()
    {
        var old = ClaimsTests.Models; // no intervals: saved before they were recorded
        Assert.Equal("not testable on this log: the models do not beat the shuffled-label control: flat macro F1 has no interval; nested macro F1 has no interval",
            old.ComparisonCheck("linear").Sentence);
    }

    internal static string Row(StudyFindings f, string figureStart)
    {
        var table = LogBesideCaseStudy.Table(f, SessionBootstrap.From([0, 1, 2, 0, 1, 2, 0, 0, 2, 2], [0, 2, 1, 0, 3, 1, 0, 0, 2, 1], replicates: 50));
        for (var row = 0; row < table.Rows.Count; row++)
            if (((string)table["figure"][row]).StartsWith(figureStart, StringComparison.Ordinal)) return (string)table["published_figure_against_this_log"][row];
        throw new KeyNotFoundException(figureStart);
    }
}
