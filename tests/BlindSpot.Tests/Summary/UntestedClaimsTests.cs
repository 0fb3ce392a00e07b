using BlindSpot.Handoff;
using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

/// <summary>The rows for published claims the first tables left out, each both ways, and the one not-applicable rule.</summary>
public class UntestedClaimsTests
{
    private static readonly StudyFindings Study = ClaimsTests.Study with
    {
        Outcomes = ClaimsTests.Outcomes with { UserTurnsBeforeAbandoning = 2.4, UserTurnsBeforeEscalation = 4.1, MinutesBeforeAbandoning = 3.0, MinutesBeforeEscalation = 5.5 },
        Handoff = ClaimsTests.Handoff with
        {
            Segments = new(ClaimsTests.Handoff.Segments, StringComparer.Ordinal)
            {
                ["ai_to_human"] = new SegmentFigures(2.76, -71, 0.2) { FirstReplyMinutes = 1.5, FirstUsefulReplyMinutes = 6.5 },
                ["human_only"] = new SegmentFigures(3.84, 10, 0.7) { FirstReplyMinutes = 2.0, FirstUsefulReplyMinutes = 5.0 },
            },
            EscalatedCsatByIntent = new(StringComparer.Ordinal) { ["billing"] = 2.9, ["technical_support"] = 2.4, ["order_status"] = 3.1 },
            Arrival = new ArrivalAdjustment(3.05, 0.6, -0.48, 140),
        },
    };

    private static Claim Find(StudyFindings f, string start) =>
        CaseStudyClaims.Build(f).Claims.Single(c => c.Statement.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void The_subtitle_counts_sessions_and_the_row_says_what_share_of_failures_that_is()
    {
        var claim = Find(Study, "the subtitle");
        Assert.Equal("31.4 % of sessions; 53.1 % of observed failures", claim.Ours);
        Assert.Equal("depends on the reading: matches (within ±0.02) as a share of sessions; as a share of the observed failures escalation-only misses 53.1 %; calibrated, not evidence", claim.Verdict);
        Assert.Equal(ClaimStanding.Holds, ClaimStandings.Of(claim));
        Assert.StartsWith("not applicable", Find(Study with { Outcomes = Study.Outcomes with { AbandonedShare = 0 } }, "the subtitle").Verdict);
    }

    [Fact]
    public void Abandoned_users_leave_earlier_only_when_both_turns_and_minutes_are_fewer()
    {
        const string builtIn = " (the behaviour model makes it: persisters ask for a human after 2–6 failures " +
                               "(ConversationSimulator.cs: `UserProfile.Persister => 2 + rng.PickWeighted(_model.PersisterPatienceWeights)`); " +
                               "silent abandoners leave right after a failed bot turn with p = 0.70 " +
                               "(ConversationSimulator.cs: `rng.Chance(lastFailed ? _model.AbandonAfterFailureRate : _model.AbandonAfterSuccessRate) ? Ending.Leave`))";
        var claim = Find(Study, "abandoned users leave earlier");
        Assert.Equal(ClaimKind.ByConstruction, claim.Kind);
        Assert.Equal("by construction: abandoners leave 1.7 user turns and 2.5 minutes sooner" + builtIn, claim.Verdict);
        var slower = Study with { Outcomes = Study.Outcomes with { MinutesBeforeAbandoning = 6.0 } };
        Assert.Equal("not shown though built in: abandoners do not leave sooner in both user turns and minutes" + builtIn, Find(slower, "abandoned users leave earlier").Verdict);
        Assert.Equal("abandoned 2.4 user turns, 3.0 min; escalated 4.1 user turns, 5.5 min", Find(Study, "abandoned users leave earlier").Ours);
    }

    [Fact]
    public void A_slow_useful_reply_is_judged_against_the_first_reply()
    {
        var claim = Find(Study, "fast first reply");
        Assert.Equal("escalated path, median: first reply 1.5 min, first useful reply 6.5 min", claim.Ours);
        Assert.StartsWith("recovered: the useful reply takes 4.3× as long as the first", claim.Verdict);
        var quick = Study with { Handoff = Study.Handoff! with { Segments = new(Study.Handoff.Segments, StringComparer.Ordinal)
            { ["ai_to_human"] = new SegmentFigures(2.76, -71, 0.2) { FirstReplyMinutes = 4.0, FirstUsefulReplyMinutes = 6.5 } } } };
        Assert.Equal("not recovered: the useful reply takes 1.6× as long as the first, under 2×", Find(quick, "fast first reply").Verdict);
    }

    [Fact]
    public void Technical_support_suffers_most_only_when_its_escalated_csat_is_the_lowest()
    {
        var claim = Find(Study, "technical support suffers most");
        Assert.Equal("escalated-path CSAT by intent, lowest first: technical_support 2.40, billing 2.90, order_status 3.10", claim.Ours);
        const string why = "not testable in simulation: nothing by intent is planted on the human leg, the escalated path's satisfaction has no term for the intent " +
                           "(HandoffSimulator.cs: `4.3 + 0.6 * lastSentiment - (reExplained ? 0.8 : 0)`); an intent reaches it only through its bot leg (out-of-scope rate, mood on arrival); ";
        Assert.Equal(why + "seed 42: technical support has the lowest escalated-path CSAT", claim.Verdict);
        Assert.Equal(ClaimStanding.NotApplicable, ClaimStandings.Of(claim));
        var billingWorst = Study with { Handoff = Study.Handoff! with { EscalatedCsatByIntent = new(StringComparer.Ordinal) { ["billing"] = 2.2, ["technical_support"] = 2.4 } } };
        Assert.Equal(why + "seed 42: billing, not technical support, has the lowest escalated-path CSAT", Find(billingWorst, "technical support suffers most").Verdict);
        var sweep = new SweepSummary([new(1, "escalated_csat_technical_support_minus_lowest_other", -0.1), new(2, "escalated_csat_technical_support_minus_lowest_other", 0.3)]);
        Assert.Equal(why + "technical support lowest in 1 of 2 seeds; seed 42: technical support has the lowest escalated-path CSAT",
            CaseStudyClaims.Build(Study, sweep).Claims.Single(c => c.Statement == "technical support suffers most from bad AI handoffs").Verdict);
        var noIntent = Study with { Handoff = Study.Handoff! with { EscalatedCsatByIntent = new(StringComparer.Ordinal) { ["unknown"] = 2.5 } } };
        Assert.StartsWith("not measured", Find(noIntent, "technical support suffers most").Verdict);
    }

    [Fact]
    public void The_escalated_gap_is_split_into_arriving_upset_and_the_rest()
    {
        var ours = Find(Study, "a blended satisfaction score").Ours;
        Assert.EndsWith("; human-only 3.84: of the 1.08 gap, arriving upset (mean pre-handoff sentiment -0.48) explains 0.29, the rest (0.79) remains at a neutral arrival", ours);
        Assert.DoesNotContain("human-only", Find(ClaimsTests.Study, "a blended satisfaction score").Ours);
    }

    [Fact]
    public void The_velocity_comparison_says_whom_it_covers()
    {
        var early = ClaimsTests.Early with { SessionsAtK3 = 465, AbandonersAtK3 = 132, Abandoners = 393 };
        Assert.Contains("(average), on the 465 sessions still going then (132 of the 393 abandoners)", Find(Study with { EarlyWarning = early }, "(planned) a sharp early").Ours);
        Assert.DoesNotContain("still going", Find(Study, "(planned) a sharp early").Ours);
    }

    [Fact]
    public void Nested_against_flat_is_not_applicable_without_two_failure_classes()
    {
        var twoClass = ClaimsTests.Models with { Learners = new(StringComparer.Ordinal)
        {
            ["linear"] = ClaimsTests.Models.Learners["linear"] with { LevelTwoOracleF1 = null, LevelTwoRoutedF1 = null },
        } };
        var claim = Find(Study with { Models = twoClass }, "nested beats flat");
        Assert.Equal(ClaimStanding.NotApplicable, ClaimStandings.Of(claim));
        Assert.Equal("not applicable under this outcome definition: it has fewer than two failure classes, so there is no second level to nest", claim.Verdict);
    }
}
