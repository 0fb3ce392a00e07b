using BlindSpot.Audit;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>The verdicts of the claims and roadmap tables on hand-made findings: each verdict both ways.</summary>
public class ClaimsTests
{
    internal static readonly OutcomeFindings Outcomes = new("three_tier", 0.409, 0.277, 0.314, 0.277, 0.591, 0.314, 3.02, 1.66,
        new(StringComparer.Ordinal)
        {
            ["escalation_only"] = new DefinitionScore(0.718, 0.496),
            ["three_tier"] = new DefinitionScore(0.967, 1.0),
        },
        new(StringComparer.Ordinal) { ["billing"] = 0.503, ["technical_support"] = 0.453, ["order_status"] = 0.2 });

    internal static readonly ModelFindings Models = new("three_tier", new(StringComparer.Ordinal)
    {
        ["linear"] = new LearnerFindings(0.733, 0.728, 0.721, 0.650, -0.5, -1.3, 0.3),
        ["boosted_trees"] = new LearnerFindings(0.713, 0.703, 0.677, 0.608, -1.1, -2.7, 0.5),
    }, 0.336);

    internal static readonly AuditFindings Audit = new("three_tier", "intent", 0.122, 1, 0.328, 0.049, 0.80, 0.76, 4.2, new(StringComparer.Ordinal)
    {
        ["account_access"] = new GroupFnr(0.371, 3.05, 0.10),
        ["billing"] = new GroupFnr(0.044, 0.36, 0.146),
        ["technical_support"] = new GroupFnr(0.063, 0.52, 0.113),
    });

    internal static readonly EarlyWarningFindings Early = new("three_tier", 3, 0.5, 0.3, 0.303, 0.58, 1, 1.4, 28.6, 68.0,
        new() { [3] = new(StringComparer.Ordinal) { ["average"] = 0.596, ["velocity"] = 0.656 } }, 4000, 0.034, 0.002)
    {
        VelocityMinusAverageK3 = new(0.060, new(0.018, 0.100)),
    };

    internal static readonly HandoffFindings Handoff = new(
        new(StringComparer.Ordinal)
        {
            ["blended"] = new SegmentFigures(3.43, -25, 0.5),
            ["ai_resolved"] = new SegmentFigures(4.38, 41, 0.8),
            ["ai_to_human"] = new SegmentFigures(2.76, -71, 0.2),
        },
        new(StringComparer.Ordinal)
        {
            ["none"] = new PacketFigures(0.788, 8.7, 2.47) { ReExplanationKnown = 170, CsatAnswers = 80, CsatSd = 1.1 },
            ["full"] = new PacketFigures(0.184, 4.2, 3.70) { ReExplanationKnown = 163, CsatAnswers = 75, CsatSd = 1.0 },
        });

    internal static readonly SimulationFindings Simulation = new(42, 1250, 10239, 0.409, 0.277, 0.314, 3.02, 1.66, 0.5, true, true, "account_access");

    internal static readonly StudyFindings Study = new(Outcomes, Models, Audit, Early, Handoff, Simulation);

    private static Claim Find(ClaimsTable table, string statementStart) =>
        table.Claims.Single(c => c.Statement.StartsWith(statementStart, StringComparison.Ordinal));

    [Fact]
    public void Calibrated_figures_say_matches_and_calibrated_and_name_the_difference_when_off()
    {
        var table = CaseStudyClaims.Build(Study);
        Assert.Equal("matches (within ±0.02); calibrated, not evidence", Find(table, "abandonment rate").Verdict);
        Assert.Equal(ClaimKind.Calibrated, Find(table, "abandonment rate").Kind);
        Assert.Equal("31.4 %", Find(table, "abandonment rate").Ours);

        var off = CaseStudyClaims.Build(Study with { Outcomes = Outcomes with { AbandonedShare = 0.25 } });
        Assert.Equal("does not match (-0.063); calibrated, not evidence", Find(off, "abandonment rate").Verdict);
    }

    [Fact]
    public void Without_an_abandoned_class_the_failure_counts_are_not_applicable()
    {
        var table = CaseStudyClaims.Build(Study with { Outcomes = Outcomes with { OutcomeDefinition = "escalation_only", FailuresBeforeAbandoning = null } });
        var claim = Find(table, "abandoners disengage");
        Assert.Equal("n/a", claim.Ours);
        Assert.Equal("not applicable under this outcome definition", claim.Verdict);
        Assert.Equal("matches: 1.36 fewer than escalated users' 3.02; calibrated, not evidence", Find(CaseStudyClaims.Build(Study), "abandoners disengage").Verdict);
        Assert.Equal("does not match: abandoners log as many failures or more",
            Find(CaseStudyClaims.Build(Study with { Outcomes = Outcomes with { FailuresBeforeAbandoning = 3.5 } }), "abandoners disengage").Verdict);
    }

    [Fact]
    public void Not_escalated_is_not_success_is_labelled_calibrated_and_turns_on_the_accuracies()
    {
        var claim = Find(CaseStudyClaims.Build(Study), "\"not escalated\"");
        Assert.Equal(ClaimKind.Calibrated, claim.Kind);
        Assert.StartsWith("matches: follows from the calibrated abandonment share", claim.Verdict);
        var equal = Outcomes with { ScoresVsTruth = new(StringComparer.Ordinal) { ["escalation_only"] = new DefinitionScore(0.97, 0.9), ["three_tier"] = new DefinitionScore(0.96, 1.0) } };
        Assert.Equal("does not match: escalation-only is as accurate against the simulated truth",
            Find(CaseStudyClaims.Build(Study with { Outcomes = equal }), "\"not escalated\"").Verdict);
    }

    [Fact]
    public void Level_two_F1_is_labelled_calibrated_and_says_matches()
    {
        var claim = Find(CaseStudyClaims.Build(Study), "level-2 CV F1");
        Assert.Equal(ClaimKind.Calibrated, claim.Kind);
        Assert.Equal("depends on the reading: matches (within ±0.05) on observed failures; does not match (-0.062) behind level 1; " +
                     "level-2 noise was calibrated to this band, not evidence", claim.Verdict);
        // One failing reading is enough for the published figure not to hold as published.
        Assert.Equal(ClaimStanding.DoesNotHold, ClaimStandings.Of(claim));
    }

    [Fact]
    public void The_nested_gain_replicates_only_within_the_one_margin_notebook_03_uses()
    {
        var claim = Find(CaseStudyClaims.Build(Study), "nested beats flat");
        Assert.Equal(ClaimKind.Emergent, claim.Kind);
        // a simulation cannot refute another team's figure, only fail to reproduce it
        Assert.Equal("not reproduced in simulation: best -0.5 points (linear), more than 5 below +20 with every learner", claim.Verdict);
        Assert.Equal(ClaimStanding.DoesNotHold, ClaimStandings.Of(claim));
        Assert.Equal("-1.1 [-2.7, +0.5] (boosted_trees); -0.5 [-1.3, +0.3] (linear)", claim.Ours);

        var gain = Models with { Learners = new(Models.Learners, StringComparer.Ordinal) { ["linear"] = Models.Learners["linear"] with { NestedMinusFlatPoints = 15.0 } } };
        Assert.Equal("replicates: best +15.0 points (linear), within 5 of +20", Find(CaseStudyClaims.Build(Study with { Models = gain }), "nested beats flat").Verdict);
        var almost = Models with { Learners = new(Models.Learners, StringComparer.Ordinal) { ["linear"] = Models.Learners["linear"] with { NestedMinusFlatPoints = 14.9 } } };
        Assert.StartsWith("not reproduced in simulation", Find(CaseStudyClaims.Build(Study with { Models = almost }), "nested beats flat").Verdict);
        Assert.True(CaseStudyComparison.NestedGainReplicates(15.0));
        Assert.False(CaseStudyComparison.NestedGainReplicates(14.9));
    }

    [Fact]
    public void The_audit_claim_names_the_hidden_intent_only_when_the_simulator_hid_its_failures()
    {
        var claim = Find(CaseStudyClaims.Build(Study), "(planned) billing and technical-support");
        Assert.Equal(ClaimKind.Planted, claim.Kind);
        Assert.Equal("missed-failure rate (FNR) vs overall 12.2 %: billing 0.36×, technical_support 0.52×; highest account_access 3.05×", claim.Ours);
        Assert.Equal("planted (hidden_failures)", claim.KindCell);

        // The rule tests the plant: account_access flagged above the rest (figures saved before flags were recorded: no verdict).
        AuditFindings Flag(string group, bool flagged) =>
            Audit with { Groups = new(Audit.Groups, StringComparer.Ordinal) { [group] = Audit.Groups[group] with { FlaggedHigher = flagged } } };
        var flaggedAudit = Flag("account_access", true);
        string Verdict(StudyFindings f) => Find(CaseStudyClaims.Build(f), "(planned) billing and technical-support").Verdict;
        Assert.Equal("recovered: the audit flags account_access's missed failures above the other intents', the intent whose failures the simulator hides; " +
                     "billing and technical support are not flagged (the simulator makes them fail most, so their failures are the easiest to see)",
            Verdict(Study with { Audit = flaggedAudit }));
        Assert.StartsWith("recovered: the audit flags account_access's missed failures above the other intents'; the simulator hid no intent's failures in this run",
            Verdict(Study with { Audit = flaggedAudit, Simulation = Simulation with { HiddenFailures = false } }));
        Assert.StartsWith("not recovered: the audit does not flag account_access, the intent whose failures the simulator hides",
            Verdict(Study with { Audit = Flag("account_access", false) }));
        var billingToo = flaggedAudit with { Groups = new(flaggedAudit.Groups, StringComparer.Ordinal) { ["billing"] = flaggedAudit.Groups["billing"] with { FlaggedHigher = true } } };
        Assert.EndsWith("billing and technical support are flagged (the simulator makes them fail most, so their failures are the easiest to see)",
            Verdict(Study with { Audit = billingToo }));
    }

    [Fact]
    public void The_mitigation_claim_counts_its_cost_in_F1_and_shows_it()
    {
        Claim Mitigation(AuditFindings a) => Find(CaseStudyClaims.Build(Study with { Audit = a }), "(planned) per-intent thresholds");
        // Thresholds are only lowered, so missed failures cannot rise; the false alarms they add can cost F1, and the rule counts it.
        Assert.Equal("does not replicate: the gap narrows, but the lowered thresholds' false alarms cost 4.2 F1 points, more than 2", Mitigation(Audit).Verdict);
        Assert.Equal("gap between intents 32.8 points → 4.9 points; overall F1 0.800 → 0.760 (-4.2 points)", Mitigation(Audit).Ours);
        var cheap = Audit with { F1After = 0.785, F1CostPoints = 1.5 };
        Assert.Equal("replicates: the gap narrows at 1.5 F1 points, within 2", Mitigation(cheap).Verdict);
        Assert.Equal("does not replicate: the gap does not narrow on our data; overall F1 0.800 → 0.785 (-1.5 points)",
            Mitigation(cheap with { FnrDisparityAfter = 0.4 }).Verdict);
        var sweep = new SweepSummary([new(1, "mitigation_f1_cost_points", 1.0), new(2, "mitigation_f1_cost_points", 3.0)]);
        Assert.Contains("F1 cost 2.0 [1.1, 3.0] points (2 seeds)", Find(CaseStudyClaims.Build(Study, sweep), "(planned) per-intent thresholds").SeedInterval);
    }

    [Fact]
    public void The_early_drop_claim_ties_the_gain_to_the_planted_drop_only_when_the_on_off_check_does()
    {
        var claim = Find(CaseStudyClaims.Build(Study), "(planned) a sharp early sentiment drop");
        Assert.Equal(ClaimKind.Planted, claim.Kind);
        Assert.Equal("abandonment AUC after 3 user turns 0.656 (velocity) vs 0.596 (average); in a 4,000-session check, adding velocity to the average model raises AUC by +0.034 with the planted drop, +0.002 without", claim.Ours);
        Assert.Equal("recovered: velocity − average AUC at turn 3 is +0.060 [0.018, 0.100] (paired bootstrap), and only while the early drop is planted (adding velocity to the average model: +0.034 AUC with it, +0.002 without)", claim.Verdict);

        string Verdict(EarlyWarningFindings e, SimulationFindings? s = null) =>
            Find(CaseStudyClaims.Build(Study with { EarlyWarning = e, Simulation = s ?? Simulation }), "(planned) a sharp early sentiment drop").Verdict;
        Assert.EndsWith("but the on/off check does not tie it to the planted drop (adding velocity to the average model: +0.034 AUC with it, +0.030 without)", Verdict(Early with { VelocityGainDropOff = 0.030 }));
        Assert.EndsWith("(no on/off check of the planted drop was run)", Verdict(Early with { RecoverySessions = null, VelocityGainDropOn = null, VelocityGainDropOff = null }));
        Assert.EndsWith("; the drop was not planted in this data set", Verdict(Early, Simulation with { EarlySentimentDrop = false }));

        var flat = Early with { AbandonAucByK = new() { [3] = new(StringComparer.Ordinal) { ["average"] = 0.66, ["velocity"] = 0.65 } }, RecoverySessions = 900,
                                VelocityMinusAverageK3 = new(-0.010, new(-0.05, 0.03)) };
        Assert.Equal("not recovered: velocity − average AUC at turn 3 is -0.010 [-0.050, 0.030] (paired bootstrap)", Verdict(flat));
        Assert.Contains("in a 900-session check", Find(CaseStudyClaims.Build(Study with { EarlyWarning = flat }), "(planned) a sharp early sentiment drop").Ours);
    }

    [Theory]
    [InlineData(0.303, "replicates partly")]
    [InlineData(0.5, "replicates")]
    [InlineData(0.0, "does not replicate")]
    public void Reaching_abandoners_replicates_when_most_are_alerted_and_partly_when_some_are(double share, string word)
    {
        var claim = Find(CaseStudyClaims.Build(Study with { EarlyWarning = Early with { ShareAbandonersAlerted = share } }), "(planned) reach silent abandoners");
        Assert.Equal(ClaimKind.Emergent, claim.Kind);
        Assert.StartsWith(word + ": ", claim.Verdict);
        Assert.Contains($"{share * 100:0.0} % of abandoners are alerted before they leave; the others leave before user turn 3", claim.Verdict);
    }

    [Fact]
    public void Handoff_claims_turn_on_the_segmented_and_packet_figures()
    {
        var table = CaseStudyClaims.Build(Study);
        Assert.Equal("recovered: the escalated path is more than 0.5 below the blend (the path difference is simulated, not measured)", Find(table, "a blended satisfaction").Verdict);
        Assert.Equal("recovered: fewer re-explain with a full packet (planted packet effect); none − full 95 % interval [50.9, 68.0] points", Find(table, "without context").Verdict);
        var close = Handoff with { Segments = new(Handoff.Segments, StringComparer.Ordinal) { ["ai_to_human"] = new SegmentFigures(3.1, -10, 0.4) } };
        Assert.Equal("not recovered: the escalated path is within 0.5 of the blend", Find(CaseStudyClaims.Build(Study with { Handoff = close }), "a blended satisfaction").Verdict);

        var same = new PacketFigures(0.2, 5, 3.0) { ReExplanationKnown = 100, CsatAnswers = 50, CsatSd = 1.0 };
        var equal = Handoff with { Packets = new(StringComparer.Ordinal) { ["none"] = same, ["full"] = same } };
        Assert.StartsWith("not recovered: a full packet does not reduce re-explanation; none − full 95 % interval [-11.", Find(CaseStudyClaims.Build(Study with { Handoff = equal }), "without context").Verdict);
        Assert.StartsWith("not recovered: a full packet does not both speed the first useful reply and raise CSAT; CSAT full − none 95 % interval [-0.40, 0.40]", Find(CaseStudyClaims.Build(Study with { Handoff = equal }), "a complete case packet speeds").Verdict);
        var onlyFull = Handoff with { Packets = new(StringComparer.Ordinal) { ["full"] = new PacketFigures(0.2, 5, 3.0) } };
        Assert.StartsWith("not measured", Find(CaseStudyClaims.Build(Study with { Handoff = onlyFull }), "a complete case packet").Verdict);
    }

    [Fact]
    public void The_roadmap_quotes_the_success_rate_the_notebook_used_and_labels_the_blind_spot_calibrated()
    {
        var table = CaseStudyRoadmap.Build(Study);
        Assert.Contains("assuming a 30 % success rate", table.Claims[0].Ours);
        // Judged on the alerts themselves: in time (one log turn, the bot's next reply), but with no lift interval to show they beat the abandonment share.
        Assert.Equal("replicates partly: 58.0 % of alerts reach an abandoner, a median 1 log turn before they leave (1 log turn needed to act); the recovered count rests on the assumed 30 % success rate",
                     table.Claims[0].Verdict);
        var other = CaseStudyRoadmap.Build(Study with { EarlyWarning = Early with { SuccessRate = 0.45 } }).Claims[0];
        Assert.Contains("assuming a 45 % success rate", other.Ours);
        Assert.Contains("rests on the assumed 45 % success rate", other.Verdict);
        var standsOut = new AlertEvidence(3, 1250, 393, 200, 116, 1.85, new(1.6, 2.1), 0, 1, 0.634, new(0.6, 0.67), 0, 393, 857, 1000);
        Assert.StartsWith("replicates: 58.0 % of alerts reach an abandoner (lift 1.85 [1.600, 2.100] over the abandonment share), a median 2.5 log turns before",
            CaseStudyRoadmap.Build(Study with { EarlyWarning = Early with { MedianHorizonTurns = 2.5, Alert = standsOut } }).Claims[0].Verdict);
        Assert.StartsWith("replicates partly: 58.0 % of alerts reach an abandoner (lift 1.85 [1.600, 2.100] over the abandonment share), a median 1 log turn before they leave (2 log turns needed to act)",
            CaseStudyRoadmap.Build(Study with { EarlyWarning = Early with { Alert = standsOut, TurnsToAct = 2 } }).Claims[0].Verdict);
        Assert.StartsWith("does not replicate: 10.0 % of alerts reach an abandoner",
            CaseStudyRoadmap.Build(Study with { EarlyWarning = Early with { AlertPrecision = 0.1, MedianHorizonTurns = 0 } }).Claims[0].Verdict);

        Assert.Equal([ClaimKind.Emergent, ClaimKind.Calibrated, ClaimKind.Calibrated], table.Claims.Select(c => c.Kind));
        Assert.Equal("matches: these two intents fail most because the simulator was tuned so; not evidence", table.Claims[1].Verdict);
        var otherIntents = Outcomes with { FailuresPerBotTurnByIntent = new(StringComparer.Ordinal) { ["billing"] = 0.2, ["order_status"] = 0.5, ["cancellation"] = 0.4 } };
        Assert.Equal("does not match: order_status and cancellation fail most on our data", CaseStudyRoadmap.Build(Study with { Outcomes = otherIntents }).Claims[1].Verdict);
        Assert.Equal("matches: the gap follows from the calibrated escalated and abandoned shares, and three-tier catches every latent failure " +
                     "because the simulator never confirms a failed session as resolved; not evidence", table.Claims[2].Verdict);

        var noGap = Outcomes with { ScoresVsTruth = new(StringComparer.Ordinal) { ["escalation_only"] = new DefinitionScore(0.9, 0.95), ["three_tier"] = new DefinitionScore(0.95, 1.0) } };
        Assert.Equal("does not match: escalation-only catches within 10 points of three-tier's recall on our data", CaseStudyRoadmap.Build(Study with { Outcomes = noGap }).Claims[2].Verdict);
    }

    [Fact]
    public void Every_row_has_a_kind_and_the_seed_interval_comes_from_the_sweep()
    {
        var rows = new List<SeedFigure>();
        for (var seed = 1; seed <= 5; seed++)
        {
            rows.Add(new(seed, "nested_minus_flat_points/linear", seed - 3.0));           // -2, -1, 0, 1, 2
            rows.Add(new(seed, "nested_minus_flat_points/boosted_trees", seed == 5 ? double.NaN : 1.0));
            rows.Add(new(seed, "share_abandoners_alerted", 0.3));
        }
        var sweep = new SweepSummary(rows);
        var table = CaseStudyClaims.Build(Study, sweep);
        Assert.Equal("boosted_trees +1.0 [+1.0, +1.0] (5 seeds, undefined in 1); linear +0.0 [-1.9, +1.9] (5 seeds)", Find(table, "nested beats flat").SeedInterval);
        Assert.Equal("30.0 % [30.0 %, 30.0 %] (5 seeds)", Find(table, "(planned) reach silent abandoners").SeedInterval);
        Assert.Equal("", Find(table, "abandonment rate").SeedInterval);
        Assert.Equal("", Find(CaseStudyClaims.Build(Study), "nested beats flat").SeedInterval);
        Assert.Equal("abandoners alerted 30.0 % [30.0 %, 30.0 %] (5 seeds)", CaseStudyRoadmap.Build(Study, sweep).Claims[0].SeedInterval);
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
    public void The_findings_paragraph_says_only_what_the_findings_show()
    {
        var text = CaseStudyClaims.Findings(Study);
        Assert.StartsWith("Under the outcome definition 'three_tier': the outcome shares and the failures before escalation match the case study because", text);
        Assert.Contains("the nested design does not beat the flat one by the published margin (best nested − flat -0.5 F1 points with linear, against +20)", text);
        Assert.Contains("level 2 (boosted trees) scores 0.677 on observed failures and 0.608 behind level 1", text);
        Assert.Contains("Sentiment velocity beats average sentiment at turn 3 (0.656 vs 0.596 AUC), and only while the early drop is planted (adding velocity to the average model: +0.034 AUC with it, +0.002 without).", text);
        Assert.Contains("The bias audit flags 1 group(s) whose failures the detector misses more often (highest: account_access, 3.05× the overall rate, the intent whose failures the simulator hides).", text);

        Assert.Contains("The bias audit flags no group", CaseStudyClaims.Findings(Study with { Audit = Audit with { GroupsFlaggedHigher = 0 } }));
        Assert.Contains("3.05× the overall rate; the simulator hid no intent's failures in this run)",
            CaseStudyClaims.Findings(Study with { Simulation = Simulation with { HiddenFailures = false } }));
        var gain = Models with { Learners = new(Models.Learners, StringComparer.Ordinal) { ["linear"] = Models.Learners["linear"] with { NestedMinusFlatPoints = 18.0 } } };
        Assert.Contains("the nested design beats the flat one as published (best nested − flat +18.0 F1 points with linear)", CaseStudyClaims.Findings(Study with { Models = gain }));
        Assert.Contains("do not match the case study's", CaseStudyClaims.Findings(Study with { Outcomes = Outcomes with { AbandonedShare = 0.2 } }));
        Assert.Contains("Sentiment velocity does not beat average",
            CaseStudyClaims.Findings(Study with { EarlyWarning = Early with { AbandonAucByK = new() { [3] = new(StringComparer.Ordinal) { ["average"] = 0.66, ["velocity"] = 0.65 } } } }));
    }
}
