using BlindSpot.Summary;

namespace BlindSpot.Tests.Summary;

public class SessionBootstrapTests
{
    // 200 conversations, 40 % abandoned (outcome 2), 30 % escalated (1), the rest resolved (0)
    private static readonly int[] Conversations = [.. Enumerable.Range(0, 200).Select(i => i % 10 < 4 ? 2 : i % 10 < 7 ? 1 : 0)];

    private static double Width(SessionBootstrap b) =>
        b.Intervals[SessionBootstrap.AbandonedShare].Upper - b.Intervals[SessionBootstrap.AbandonedShare].Lower;

    [Fact]
    public void Duplicated_visits_of_one_conversation_widen_the_cluster_interval_against_the_session_one()
    {
        // every conversation logged as five identical visits: 1,000 sessions, but only 200 independent outcomes
        var outcomes = Conversations.SelectMany(o => Enumerable.Repeat(o, 5)).ToArray();
        var failures = outcomes.Select(o => o).ToArray();
        var clusters = Enumerable.Range(0, 200).SelectMany(c => Enumerable.Repeat($"c{c}", 5)).ToArray();
        var bySession = SessionBootstrap.From(outcomes, failures);
        var byConversation = SessionBootstrap.From(outcomes, failures, clusters);

        Assert.Null(bySession.Clusters);
        Assert.Equal(200, byConversation.Clusters);
        Assert.Equal(bySession.Point[SessionBootstrap.AbandonedShare], byConversation.Point[SessionBootstrap.AbandonedShare]);
        Assert.InRange(Width(byConversation) / Width(bySession), 1.8, 2.7); // √5 ≈ 2.24: five copies carry one draw's information
        Assert.Equal("200 conversations resampled (visits sharing a customer_id or conversation_id are drawn together)", byConversation.Resampling);
    }

    [Fact]
    public void Conversations_of_one_visit_each_are_the_session_bootstrap()
    {
        var clusters = Enumerable.Range(0, 200).Select(c => (string?)(c % 2 == 0 ? $"c{c}" : null)).ToArray();
        var plain = SessionBootstrap.From(Conversations, Conversations);
        var named = SessionBootstrap.From(Conversations, Conversations, clusters);
        Assert.Null(named.Clusters);
        Assert.Equal(plain.Intervals[SessionBootstrap.AbandonedShare], named.Intervals[SessionBootstrap.AbandonedShare]);
    }

    [Fact]
    public void Draws_without_an_escalated_session_are_counted_not_dropped_silently()
    {
        // one escalated session in 40: about (39/40)^40 ≈ 36 % of draws hold none, and its failure mean is undefined there
        var outcomes = Enumerable.Range(0, 40).Select(i => i == 0 ? 1 : i % 2 == 0 ? 2 : 0).ToArray();
        var b = SessionBootstrap.From(outcomes, [.. outcomes.Select(_ => 1)]);
        Assert.InRange(b.Undefined[SessionBootstrap.FailuresBeforeEscalation], 300, 430);
        Assert.Equal(0, b.Undefined[SessionBootstrap.AbandonedShare]);
        var cell = IntervalCell(LogBesideCaseStudy.Table(LogVerdictTests.Clear, b), "escalated users' bot failures");
        Assert.Matches(@"^\[1\.00, 1\.00\]; \d{3} of 1,000 replicates undefined, left out$", cell);
        Assert.Equal("[", IntervalCell(LogBesideCaseStudy.Table(LogVerdictTests.Clear, b), "abandonment rate")[..1]);
        Assert.DoesNotContain("undefined", IntervalCell(LogBesideCaseStudy.Table(LogVerdictTests.Clear, b), "abandonment rate"));
    }

    private static string IntervalCell(Microsoft.Data.Analysis.DataFrame table, string figureStart)
    {
        for (var row = 0; row < table.Rows.Count; row++)
            if (((string)table["figure"][row]).StartsWith(figureStart, StringComparison.Ordinal)) return (string)table["interval_95"][row];
        throw new KeyNotFoundException(figureStart);
    }

    [Fact]
    public void Drawing_kinds_of_session_gives_the_intervals_of_drawing_sessions_one_by_one()
    {
        // 3,000 sessions: the reference resamples row indices, as the bootstrap did before it drew kinds
        var random = new BlindSpot.Core.SplitMixRandom(5);
        var outcomes = Enumerable.Range(0, 3000).Select(_ => random.Next(0, 10) switch { < 4 => 0, < 7 => 1, _ => 2 }).ToArray();
        var failures = outcomes.Select(o => o == 0 ? 0 : random.Next(0, 6)).ToArray();
        var kinds = SessionBootstrap.From(outcomes, failures, replicates: 2000);

        var reference = Enumerable.Range(0, 2000).Select(b =>
        {
            var draw = BlindSpot.Core.SplitMixRandom.ForItem(99, b);
            var (escalated, failuresEscalated) = (0, 0);
            for (var i = 0; i < outcomes.Length; i++)
            {
                var row = draw.Next(0, outcomes.Length);
                if (outcomes[row] == 1) (escalated, failuresEscalated) = (escalated + 1, failuresEscalated + failures[row]);
            }
            return (Share: escalated / 3000.0, Mean: failuresEscalated / (double)escalated);
        }).ToList();
        var shares = BlindSpot.Core.Interval.Percentile(reference.Select(r => r.Share));
        var means = BlindSpot.Core.Interval.Percentile(reference.Select(r => r.Mean));

        var share = kinds.Intervals[SessionBootstrap.EscalatedShare];
        var mean = kinds.Intervals[SessionBootstrap.FailuresBeforeEscalation];
        // two Monte Carlo runs of 2,000 replicates: endpoints agree to a fraction of the interval's width
        Assert.InRange(share.Lower, shares.Lower - 0.004, shares.Lower + 0.004);
        Assert.InRange(share.Upper, shares.Upper - 0.004, shares.Upper + 0.004);
        Assert.InRange(mean.Lower, means.Lower - 0.03, means.Lower + 0.03);
        Assert.InRange(mean.Upper, means.Upper - 0.03, means.Upper + 0.03);
        Assert.Equal(kinds.Intervals[SessionBootstrap.EscalatedShare], SessionBootstrap.From(outcomes, failures, replicates: 2000).Intervals[SessionBootstrap.EscalatedShare]);
    }
}
