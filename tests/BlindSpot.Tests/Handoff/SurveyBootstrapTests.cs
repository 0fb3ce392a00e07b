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
    public void Comparisons_whose_groups_are_missing_are_left_out()
    {
        var rows = SurveyBootstrap.Differences(new Dictionary<string, SurveyAnswer[]> { ["ai_resolved"] = Repeat(5, 4, 8) }, replicates: 10);
        Assert.Empty(rows);
    }
}
