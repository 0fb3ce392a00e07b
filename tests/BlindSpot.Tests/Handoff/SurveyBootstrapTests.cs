using BlindSpot.Handoff;

namespace BlindSpot.Tests.Handoff;

public class SurveyBootstrapTests
{
    private static SurveyAnswer[] Answers(params (double? Csat, double? Nps)[] answers) => [.. answers.Select(a => new SurveyAnswer(a.Csat, a.Nps))];

    private static SurveyAnswer[] Repeat(int times, double? csat, double? nps) => [.. Enumerable.Repeat(new SurveyAnswer(csat, nps), times)];

    [Fact]
    public void Csat_and_nps_are_computed_over_the_answered_only()
    {
        var answers = Answers((5, 10), (4, 9), (2, 3), (null, null), (3, 7));
        Assert.Equal(3.5, SurveyBootstrap.Csat(answers), 12);
        Assert.Equal(100.0 * (2 - 1) / 4, SurveyBootstrap.Nps(answers), 12);
        Assert.True(double.IsNaN(SurveyBootstrap.Csat(Answers((null, 5)))));
    }

    [Fact]
    public void Differences_have_intervals_that_cover_them_and_constant_groups_give_a_point()
    {
        var groups = new Dictionary<string, SurveyAnswer[]>
        {
            ["ai_resolved"] = Repeat(40, 5, 10),
            ["ai_to_human"] = [.. Repeat(20, 2, 2), .. Repeat(20, 4, 9)],
            ["packet none"] = Repeat(20, 2, 2),
            ["packet full"] = Repeat(20, 4, 9),
        };
        var rows = SurveyBootstrap.Differences(groups, replicates: 400, seed: 5);
        Assert.Equal(["escalated − bot-resolved/csat", "escalated − bot-resolved/nps", "blended − escalated/csat", "blended − escalated/nps",
                      "full packet − no packet/csat", "full packet − no packet/nps"], rows.Select(r => $"{r.Comparison}/{r.Metric}"));
        var escalated = rows[0];
        Assert.Equal(3.0 - 5.0, escalated.Difference, 12);
        Assert.True(escalated.Interval.Contains(escalated.Difference));
        Assert.InRange(escalated.Interval.Upper - escalated.Interval.Lower, 0.3, 1.3);   // ≈ 2 × 1.96 × 1/√40 ≈ 0.62
        var packet = rows[4];
        Assert.Equal((2.0, 2.0), (packet.Interval.Lower, packet.Interval.Upper));          // both groups constant: no spread
        Assert.Equal(0, packet.UndefinedReplicates);
        Assert.Equal("+2.00", (string)SurveyBootstrap.ToDataFrame(rows)["difference"][4]!);
    }

    [Fact]
    public void A_million_answers_are_redrawn_as_tallies_with_the_spread_normal_theory_gives()
    {
        // CSAT 4 or 5 half and half (variance 0.25) against 1–5 evenly (variance 2), 500,000 answers each:
        // the difference is −1.5 and its 95 % interval 2 × 1.96 × √(0.25/n + 2/n) ≈ 0.0083 wide.
        var resolved = new[] { new AnswerCount(new SurveyAnswer(4, null), 250_000), new AnswerCount(new SurveyAnswer(5, null), 250_000) };
        var escalated = Enumerable.Range(1, 5).Select(c => new AnswerCount(new SurveyAnswer(c, null), 100_000)).ToArray();
        var rows = SurveyBootstrap.Differences(new Dictionary<string, AnswerCount[]> { ["ai_resolved"] = resolved, ["ai_to_human"] = escalated }, replicates: 1000, seed: 3);
        var csat = rows.Single(r => r.Comparison == "escalated − bot-resolved" && r.Metric == "csat");
        Assert.Equal((500_000, 500_000), (csat.FirstAnswers, csat.SecondAnswers));
        Assert.Equal(-1.5, csat.Difference, 12);
        Assert.InRange(csat.Interval.Upper - csat.Interval.Lower, 0.0070, 0.0097);
        Assert.True(csat.Interval.Contains(-1.5));
        var nps = rows.Single(r => r.Comparison == "escalated − bot-resolved" && r.Metric == "nps");
        Assert.Equal((0, 0, 1000), (nps.FirstAnswers, nps.SecondAnswers, nps.UndefinedReplicates)); // nobody gave an NPS
    }

    [Fact]
    public void Answers_given_one_by_one_and_as_counts_give_the_same_intervals()
    {
        var oneByOne = new Dictionary<string, SurveyAnswer[]> { ["ai_resolved"] = [.. Repeat(30, 5, 10), .. Repeat(10, 3, 6)], ["ai_to_human"] = [.. Repeat(20, 2, 2), .. Repeat(20, 4, 9)] };
        var counted = new Dictionary<string, AnswerCount[]>
        {
            ["ai_resolved"] = [new(new SurveyAnswer(3, 6), 10), new(new SurveyAnswer(5, 10), 30)],
            ["ai_to_human"] = [new(new SurveyAnswer(4, 9), 20), new(new SurveyAnswer(2, 2), 20)],
        };
        Assert.Equal(SurveyBootstrap.Differences(oneByOne, replicates: 200, seed: 9), SurveyBootstrap.Differences(counted, replicates: 200, seed: 9));
    }

    [Fact]
    public void Comparisons_whose_groups_are_missing_are_left_out()
    {
        var rows = SurveyBootstrap.Differences(new Dictionary<string, SurveyAnswer[]> { ["ai_resolved"] = Repeat(5, 4, 8) }, replicates: 10);
        Assert.Empty(rows);
    }
}
