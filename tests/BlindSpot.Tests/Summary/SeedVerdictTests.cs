using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>Planted and emergent verdicts decided by the seeds: the vote rule both ways, and each claim's rule both ways.</summary>
public class SeedVerdictTests
{
    // The Wilson interval of the seed share decides: 20 of 20 is 84–100 %, 19 of 20 is 76–99 % (straddles 80 %),
    // 16 of 20 is 58–92 %, 46 of 50 is 81–97 %, 0 of 20 is 0–16 %, 1 of 20 is 1–24 % (straddles 20 %), 3 of 50 is 2–16 %.
    [Theory]
    [InlineData(ClaimKind.Planted, 20, 20, "recovered")]
    [InlineData(ClaimKind.Planted, 46, 50, "recovered")]
    [InlineData(ClaimKind.Planted, 45, 50, "undecided")]
    [InlineData(ClaimKind.Planted, 19, 20, "undecided")]
    [InlineData(ClaimKind.Planted, 16, 20, "undecided")]
    [InlineData(ClaimKind.Planted, 25, 50, "recovered in some seeds")]
    [InlineData(ClaimKind.Planted, 1, 20, "undecided")]
    [InlineData(ClaimKind.Planted, 3, 50, "not recovered")]
    [InlineData(ClaimKind.Planted, 0, 20, "not recovered")]
    [InlineData(ClaimKind.Emergent, 20, 20, "replicates")]
    [InlineData(ClaimKind.Emergent, 10, 20, "replicates partly")]
    [InlineData(ClaimKind.Emergent, 0, 20, "does not replicate")]
    [InlineData(ClaimKind.ByConstruction, 20, 20, "by construction")]
    [InlineData(ClaimKind.ByConstruction, 10, 20, "by construction, shown in some seeds")]
    [InlineData(ClaimKind.ByConstruction, 0, 20, "not shown though built in")]
    [InlineData(ClaimKind.Planted, 0, 0, "not applicable")]
    public void The_word_follows_the_interval_of_the_share_of_seeds_where_the_rule_holds(ClaimKind kind, int holds, int defined, string word) =>
        Assert.Equal(word, SeedVerdicts.Word(kind, holds, defined));

    [Fact]
    public void The_seed_share_is_printed_with_its_interval() =>
        Assert.Equal("16 of 20 seeds [58 %, 92 %]", SeedVerdicts.SeedShare(16, 20));

    [Fact]
    public void An_undecided_verdict_is_neither_holding_nor_failing()
    {
        var claim = new Claim("case study", "x", ClaimKind.Planted, "qualitative", "n/a", "05", "undecided: holds in 16 of 20 seeds [58 %, 92 %]; seed 42: y");
        Assert.Equal(ClaimStanding.Undecided, ClaimStandings.Of(claim));
        Assert.Equal("holds under 1 of 3 definitions, undecided under 1",
            DefinitionRobustness.Of([(claim, false), (claim with { Verdict = "recovered: z", Ours = "1" }, false), (claim with { Verdict = "not recovered: z", Ours = "2" }, false)]));
    }

    [Theory]
    [InlineData(0, 20, "not reproduced in simulation")]
    [InlineData(10, 20, "replicates partly")]
    [InlineData(20, 20, "replicates")]
    public void A_published_figure_the_seeds_do_not_reach_is_not_reproduced_never_refuted(int holds, int defined, string word) =>
        Assert.Equal(word, SeedVerdicts.Word(ClaimKind.Emergent, holds, defined, publishedFigure: true));

    [Fact]
    public void The_nested_gain_is_the_one_rule_on_a_published_figure_and_its_verdict_says_not_reproduced()
    {
        Assert.Equal(["nested_beats_flat"], SeedRules.All.Where(r => r.PublishedFigure).Select(r => r.Name));
        var sweep = Sweep("nested_minus_flat_points/linear", [.. Enumerable.Range(0, 20).Select(i => -1.0 + 0.1 * i)]);
        Assert.StartsWith("not reproduced in simulation: holds in 0 of 20 seeds [0 %, 16 %]; seed 42: best -0.5 points (linear), more than 5 below +20",
            CaseStudyClaims.Build(ClaimsTests.Study, sweep).Claims.Single(c => c.Statement == "nested beats flat by +20 F1 points").Verdict);
    }

    [Fact]
    public void Calibrated_figures_are_not_voted_on() =>
        Assert.Throws<ArgumentException>(() => SeedVerdicts.Word(ClaimKind.Calibrated, 20, 20));

    private static SweepSummary Sweep(string figure, params double[] values) =>
        new(values.Select((v, i) => new SeedFigure(5000 + i, figure, v)));

    [Fact]
    public void A_favourable_seed_42_does_not_carry_the_verdict_when_most_seeds_disagree()
    {
        string Verdict(SweepSummary sweep) => CaseStudyClaims.Build(ClaimsTests.Study, sweep).Claims
            .Single(c => c.Statement.StartsWith("(planned) a sharp early", StringComparison.Ordinal)).Verdict;

        var allPositive = Sweep("velocity_minus_average_auc_k3_lower", [.. Enumerable.Repeat(0.01, 19), double.NaN]);
        Assert.StartsWith("recovered: holds in 19 of 19 seeds [83 %, 100 %]; seed 42: velocity − average AUC at turn 3 is +0.060", Verdict(allPositive));

        var mostlyNegative = Sweep("velocity_minus_average_auc_k3_lower", [.. Enumerable.Repeat(-0.01, 48), 0.03, 0.025]);
        Assert.StartsWith("not recovered: holds in 2 of 50 seeds [1 %, 13 %]; seed 42: velocity − average AUC at turn 3 is +0.060", Verdict(mostlyNegative));
    }

    [Fact]
    public void The_roadmap_recovery_row_is_voted_on_lift_and_lead_together()
    {
        var rows = new List<SeedFigure>();
        for (var seed = 0; seed < 40; seed++)
        {
            rows.Add(new(seed, "alert_lift_lower", seed < 30 ? 1.2 : 0.9));
            rows.Add(new(seed, "median_alert_lead_turns", seed < 20 ? 2 : 0));
            rows.Add(new(seed, "turns_to_act", 1));
        }
        Assert.StartsWith("replicates partly: holds in 20 of 40 seeds [35 %, 65 %]; seed 42: 58.0 % of alerts reach an abandoner",
            CaseStudyRoadmap.Build(ClaimsTests.Study, new SweepSummary(rows)).Claims[0].Verdict);
    }

    [Fact]
    public void The_lead_needed_to_act_can_be_asked_of_the_same_sweep_again()
    {
        var rows = new List<SeedFigure>();
        for (var seed = 0; seed < 40; seed++)
        {
            rows.Add(new(seed, "alert_lift_lower", 1.2));
            rows.Add(new(seed, "median_alert_lead_turns", seed < 30 ? 1 : 3));
            rows.Add(new(seed, "turns_to_act", 1));
        }
        var sweep = new SweepSummary(rows);
        Assert.Equal((40, 40), sweep.Count(SeedRules.AlertsInTimeAndOnTarget));
        Assert.Equal("10 of 40 seeds [14 %, 40 %]: undecided", SeedVerdicts.AlertsInTimeWith(sweep, turnsToAct: 2));
    }

    public static TheoryData<string, Dictionary<string, double>, bool?> RuleCases => new()
    {
        { "nested_beats_flat", new() { ["nested_minus_flat_points/linear"] = 0.5, ["nested_minus_flat_points/boosted_trees"] = 16 }, true },
        { "nested_beats_flat", new() { ["nested_minus_flat_points/linear"] = 0.5, ["nested_minus_flat_points/boosted_trees"] = 14.9 }, false },
        { "nested_beats_flat", new(), null },
        { "audit_flags_hidden_intent", new() { ["flagged_higher_fnr/account_access"] = 1, ["flagged_higher_fnr/billing"] = 0 }, true },
        { "audit_flags_hidden_intent", new() { ["flagged_higher_fnr/account_access"] = 0, ["flagged_higher_fnr/billing"] = 1 }, false },
        { "thresholds_narrow_gap", new() { ["fnr_gap_before"] = 0.3, ["fnr_gap_after"] = 0.1, ["mitigation_f1_cost_points"] = 2.0 }, true },
        { "thresholds_narrow_gap", new() { ["fnr_gap_before"] = 0.3, ["fnr_gap_after"] = 0.1, ["mitigation_f1_cost_points"] = 2.6 }, false },
        { "thresholds_narrow_gap", new() { ["fnr_gap_before"] = 0.3, ["fnr_gap_after"] = 0.3, ["mitigation_f1_cost_points"] = 0.5 }, false },
        { "thresholds_narrow_gap", new() { ["fnr_gap_before"] = 0.3, ["fnr_gap_after"] = 0.1 }, null },
        { "abandoners_leave_earlier", new() { ["user_turns_abandoned_minus_escalated"] = -1.5, ["minutes_abandoned_minus_escalated"] = -2.4 }, true },
        { "abandoners_leave_earlier", new() { ["user_turns_abandoned_minus_escalated"] = -1.5, ["minutes_abandoned_minus_escalated"] = 0.1 }, false },
        { "velocity_beats_average", new() { ["velocity_minus_average_auc_k3"] = 0.06, ["velocity_minus_average_auc_k3_lower"] = 0.001 }, true },
        { "velocity_beats_average", new() { ["velocity_minus_average_auc_k3"] = 0.06, ["velocity_minus_average_auc_k3_lower"] = -0.001 }, false },
        { "velocity_beats_average", new() { ["velocity_minus_average_auc_k3"] = 0.06 }, null },
        { "most_abandoners_alerted", new() { ["share_abandoners_alerted"] = 0.6, ["share_abandoners_alerted_lower"] = 0.5 }, true },
        { "most_abandoners_alerted", new() { ["share_abandoners_alerted"] = 0.6, ["share_abandoners_alerted_lower"] = 0.45 }, false },
        { "alerts_in_time", new() { ["alert_lift_lower"] = 1.01, ["median_alert_lead_turns"] = 1, ["turns_to_act"] = 1 }, true },
        { "alerts_in_time", new() { ["alert_lift_lower"] = 0.99, ["median_alert_lead_turns"] = 3, ["turns_to_act"] = 1 }, false },
        { "alerts_in_time", new() { ["alert_lift_lower"] = 1.5, ["median_alert_lead_turns"] = 1, ["turns_to_act"] = 2 }, false },
        { "alerts_in_time", new() { ["alert_lift_lower"] = 1.5, ["median_alert_lead_turns"] = 1 }, null },
        { "blend_hides_escalated", new() { ["csat_blended_minus_escalated"] = 0.51 }, true },
        { "blend_hides_escalated", new() { ["csat_blended_minus_escalated"] = 0.49 }, false },
        { "packet_cuts_re_explanation", new() { ["re_explained_none_minus_full"] = 0.6, ["re_explained_none_minus_full_lower"] = 0.5 }, true },
        { "packet_cuts_re_explanation", new() { ["re_explained_none_minus_full"] = 0.05, ["re_explained_none_minus_full_lower"] = -0.01 }, false },
        { "packet_cuts_re_explanation", new() { ["re_explained_none_minus_full"] = 0.6 }, null },
        { "packet_speeds_and_satisfies", new() { ["first_useful_reply_minutes_full_minus_none"] = -4.5, ["csat_full_minus_none_lower"] = 0.9 }, true },
        { "packet_speeds_and_satisfies", new() { ["first_useful_reply_minutes_full_minus_none"] = 0.5, ["csat_full_minus_none_lower"] = 0.9 }, false },
        { "packet_speeds_and_satisfies", new() { ["first_useful_reply_minutes_full_minus_none"] = -0.9, ["csat_full_minus_none_lower"] = 0.9 }, false },
        { "packet_speeds_and_satisfies", new() { ["first_useful_reply_minutes_full_minus_none"] = -4.5, ["csat_full_minus_none_lower"] = -0.1 }, false },
    };

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void Each_rule_holds_fails_or_is_undefined_on_the_figures_it_reads(string rule, Dictionary<string, double> figures, bool? expected) =>
        Assert.Equal(expected, SeedRules.All.Single(r => r.Name == rule).Holds(figures));

    [Fact]
    public void Seed_42s_figures_give_the_rules_the_same_answer_as_the_claims_words()
    {
        var figures = ClaimFigures.From(ClaimsTests.Study);
        Assert.Equal(0.060, figures["velocity_minus_average_auc_k3"], 3);
        Assert.Equal(4.2, figures["mitigation_f1_cost_points"], 6);
        Assert.Equal(-4.5, figures["first_useful_reply_minutes_full_minus_none"], 6);
        Assert.False(SeedRules.ThresholdsNarrowTheGap.Holds(figures));
        Assert.True(SeedRules.VelocityBeatsAverage.Holds(figures));
    }
}
