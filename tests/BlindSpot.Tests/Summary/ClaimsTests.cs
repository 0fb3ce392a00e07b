using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Sql;
using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>The verdicts of the claims and roadmap tables on hand-made findings: each verdict both ways.</summary>
public class ClaimsTests
{
    private static readonly OutcomeFindings Outcomes = new("three_tier", 0.409, 0.277, 0.314, 0.277, 0.591, 0.314, 3.02, 1.66,
        new(StringComparer.Ordinal)
        {
            ["escalation_only"] = new DefinitionScore(0.718, 0.496),
            ["three_tier"] = new DefinitionScore(0.967, 1.0),
        },
        new(StringComparer.Ordinal) { ["billing"] = 0.503, ["technical_support"] = 0.453, ["order_status"] = 0.2 });

    private static readonly ModelFindings Models = new("three_tier", new(StringComparer.Ordinal)
    {
        ["linear"] = new LearnerFindings(0.733, 0.728, 0.721, 0.650, -0.5, 0.8),
        ["boosted_trees"] = new LearnerFindings(0.713, 0.703, 0.677, 0.608, -1.1, 1.6),
    }, 0.336);

    private static readonly AuditFindings Audit = new("three_tier", "intent", 0.122, 1, 0.328, 0.049, 0.80, 0.76, 4.2, new(StringComparer.Ordinal)
    {
        ["account_access"] = new GroupFnr(0.371, 3.05, 0.10),
        ["billing"] = new GroupFnr(0.044, 0.36, 0.146),
        ["technical_support"] = new GroupFnr(0.063, 0.52, 0.113),
    });

    private static readonly EarlyWarningFindings Early = new("three_tier", 3, 0.5, 0.3, 0.303, 1, 1.4, 28.6, 68.0,
        new() { [3] = new(StringComparer.Ordinal) { ["average"] = 0.596, ["velocity"] = 0.656 } }, 4000, 0.034, 0.002);

    private static readonly HandoffFindings Handoff = new(
        new(StringComparer.Ordinal)
        {
            ["blended"] = new SegmentFigures(3.43, -25, 0.5),
            ["ai_resolved"] = new SegmentFigures(4.38, 41, 0.8),
            ["ai_to_human"] = new SegmentFigures(2.76, -71, 0.2),
        },
        new(StringComparer.Ordinal)
        {
            ["none"] = new PacketFigures(0.788, 8.7, 2.47),
            ["full"] = new PacketFigures(0.184, 4.2, 3.70),
        });

    private static readonly StudyFindings Study = new(Outcomes, Models, Audit, Early, Handoff);

    private static Claim Find(ClaimsTable table, string statementStart) =>
        table.Claims.Single(c => c.Statement.StartsWith(statementStart, StringComparison.Ordinal));

    [Fact]
    public void Calibrated_figures_say_matches_and_calibrated_and_name_the_difference_when_off()
    {
        var table = CaseStudyClaims.Build(Study);
        Assert.Equal("matches (within ±0.02); calibrated, not evidence", Find(table, "abandonment rate").Verdict);
        Assert.Equal("31.4 %", Find(table, "abandonment rate").Ours);

        var off = CaseStudyClaims.Build(Study with { Outcomes = Outcomes with { AbandonedShare = 0.25 } });
        Assert.Equal("does not replicate (-0.063); calibrated, not evidence", Find(off, "abandonment rate").Verdict);
    }

    [Fact]
    public void Without_an_abandoned_class_the_failure_counts_are_not_applicable()
    {
        var table = CaseStudyClaims.Build(Study with { Outcomes = Outcomes with { OutcomeDefinition = "escalation_only", FailuresBeforeAbandoning = null } });
        var claim = Find(table, "abandoners disengage");
        Assert.Equal("n/a", claim.Ours);
        Assert.Equal("not applicable under this outcome definition", claim.Verdict);
        Assert.Equal("holds; calibrated (≥ 1 fewer), not evidence", Find(CaseStudyClaims.Build(Study), "abandoners disengage").Verdict);
        Assert.Equal("does not hold", Find(CaseStudyClaims.Build(Study with { Outcomes = Outcomes with { FailuresBeforeAbandoning = 3.5 } }), "abandoners disengage").Verdict);
    }

    [Fact]
    public void The_nested_gain_replicates_only_within_the_one_margin_notebook_03_uses()
    {
        Assert.Equal("does not replicate with any learner (best -0.5 points, linear)", Find(CaseStudyClaims.Build(Study), "nested beats flat").Verdict);
        Assert.Equal("-0.5 ± 0.8 (linear); -1.1 ± 1.6 (boosted_trees)", Find(CaseStudyClaims.Build(Study), "nested beats flat").Ours);

        var gain = Models with { Learners = new(Models.Learners, StringComparer.Ordinal) { ["linear"] = Models.Learners["linear"] with { NestedMinusFlatPoints = 15.0 } } };
        Assert.Equal("replicates", Find(CaseStudyClaims.Build(Study with { Models = gain }), "nested beats flat").Verdict);
        var almost = Models with { Learners = new(Models.Learners, StringComparer.Ordinal) { ["linear"] = Models.Learners["linear"] with { NestedMinusFlatPoints = 14.9 } } };
        Assert.StartsWith("does not replicate", Find(CaseStudyClaims.Build(Study with { Models = almost }), "nested beats flat").Verdict);
        Assert.True(CaseStudyComparison.NestedGainReplicates(15.0));
        Assert.False(CaseStudyComparison.NestedGainReplicates(14.9));
    }

    [Fact]
    public void The_audit_claim_holds_while_billing_and_technical_support_stay_inside_the_band()
    {
        var claim = Find(CaseStudyClaims.Build(Study), "(planned) billing and technical-support");
        Assert.Equal("missed-failure rate (FNR) vs overall 12.2 %: billing 0.36×, technical_support 0.52×; highest account_access 3.05×", claim.Ours);
        Assert.StartsWith("holds for billing and technical support; the audit flags account_access", claim.Verdict);

        var worse = Audit with { Groups = new(Audit.Groups, StringComparer.Ordinal) { ["billing"] = new GroupFnr(0.2, 1.6, 0.1) } };
        Assert.Equal("does not hold: one of them is flagged higher", Find(CaseStudyClaims.Build(Study with { Audit = worse }), "(planned) billing and technical-support").Verdict);
    }

    [Fact]
    public void The_early_warning_claim_quotes_the_check_size_it_ran_and_turns_on_velocity_beating_average()
    {
        var claim = Find(CaseStudyClaims.Build(Study), "(planned) a sharp early sentiment drop");
        Assert.Equal("abandonment AUC after 3 user turns 0.656 (velocity) vs 0.596 (average); in a 4,000-session check velocity adds +0.034 AUC with the planted drop, +0.002 without", claim.Ours);
        Assert.StartsWith("holds at turn 3", claim.Verdict);

        var flat = Early with { AbandonAucByK = new() { [3] = new(StringComparer.Ordinal) { ["average"] = 0.66, ["velocity"] = 0.65 } }, RecoverySessions = 900 };
        var other = Find(CaseStudyClaims.Build(Study with { EarlyWarning = flat }), "(planned) a sharp early sentiment drop");
        Assert.Equal("does not hold on our data", other.Verdict);
        Assert.Contains("in a 900-session check", other.Ours);
    }

    [Fact]
    public void Handoff_claims_turn_on_the_segmented_and_packet_figures()
    {
        var table = CaseStudyClaims.Build(Study);
        Assert.Equal("holds in our simulation (the path difference is simulated, not measured)", Find(table, "a blended satisfaction").Verdict);
        Assert.Equal("holds (planted packet effect)", Find(table, "without context").Verdict);

        var equal = Handoff with { Packets = new(StringComparer.Ordinal) { ["none"] = new PacketFigures(0.2, 5, 3.0), ["full"] = new PacketFigures(0.2, 5, 3.0) } };
        Assert.Equal("does not hold", Find(CaseStudyClaims.Build(Study with { Handoff = equal }), "without context").Verdict);
        var onlyFull = Handoff with { Packets = new(StringComparer.Ordinal) { ["full"] = new PacketFigures(0.2, 5, 3.0) } };
        Assert.StartsWith("not measured", Find(CaseStudyClaims.Build(Study with { Handoff = onlyFull }), "a complete case packet").Verdict);
    }

    [Fact]
    public void The_roadmap_quotes_the_success_rate_the_notebook_used_and_says_whether_the_blind_spot_is_real()
    {
        var table = CaseStudyRoadmap.Build(Study);
        Assert.Contains("at a 30 % success rate", table.Claims[0].Ours);
        Assert.Contains("at a 45 % success rate", CaseStudyRoadmap.Build(Study with { EarlyWarning = Early with { SuccessRate = 0.45 } }).Claims[0].Ours);
        Assert.Equal("these two intents fail most: calibrated, not evidence", table.Claims[1].Verdict);
        Assert.Equal("supported: the blind spot is real on our data", table.Claims[2].Verdict);

        var noGap = Outcomes with { ScoresVsTruth = new(StringComparer.Ordinal) { ["escalation_only"] = new DefinitionScore(0.9, 0.95), ["three_tier"] = new DefinitionScore(0.95, 1.0) } };
        Assert.Equal("not supported on our data", CaseStudyRoadmap.Build(Study with { Outcomes = noGap }).Claims[2].Verdict);
    }

    [Fact]
    public void Without_a_second_failure_class_level_two_is_not_applicable()
    {
        var twoClass = Models with { Learners = new(StringComparer.Ordinal)
        {
            ["linear"] = Models.Learners["linear"] with { LevelTwoOracleF1 = null, LevelTwoRoutedF1 = null },
            ["boosted_trees"] = Models.Learners["boosted_trees"] with { LevelTwoOracleF1 = null, LevelTwoRoutedF1 = null },
        } };
        var claim = Find(CaseStudyClaims.Build(Study with { Models = twoClass }), "level-2 CV F1");
        Assert.Equal("n/a", claim.Ours);
        Assert.StartsWith("not applicable under this outcome definition", claim.Verdict);
        Assert.Contains("level 2 does not apply", CaseStudyClaims.Findings(Study with { Models = twoClass }));
    }

    [Fact]
    public void Findings_made_under_different_definitions_are_refused_with_the_notebooks_to_rerun()
    {
        using var folder = new TempFolder();
        var store = new BlindSpot.Core.FindingsStore(folder.Path);
        store.Save(Outcomes with { OutcomeDefinition = "escalation_only" });
        store.Save(Models);
        store.Save(Audit);
        store.Save(Early);
        store.Save(Handoff);

        var error = Assert.Throws<InvalidDataException>(() => StudyFindings.Load(store));
        Assert.Equal("02-sql-features ran under the outcome definition 'escalation_only', but 03-flat-vs-nested under 'three_tier', " +
                     "04-bias-audit under 'three_tier', 05-early-warning under 'three_tier': run them again " +
                     "(blindspot reproduce -p outcomeDefinition escalation_only).", error.Message);

        store.Save(Outcomes);
        Assert.Equal("three_tier", StudyFindings.Load(store).OutcomeDefinition);
    }

    [Fact]
    public void The_findings_paragraph_names_the_best_learner_and_the_hidden_intent()
    {
        var text = CaseStudyClaims.Findings(Study);
        Assert.StartsWith("Under the outcome definition 'three_tier': the outcome shares", text);
        Assert.Contains("best nested − flat -0.5 F1 points with linear, against +20", text);
        Assert.Contains("level 2 scores 0.677 on true failures and 0.608 behind level 1", text);
        Assert.Contains("The bias audit flags 1 group(s) whose failures the detector misses more often (highest: account_access, 3.05× the overall rate).", text);
        Assert.Contains("The bias audit flags no group", CaseStudyClaims.Findings(Study with { Audit = Audit with { GroupsFlaggedHigher = 0 } }));
    }
}
