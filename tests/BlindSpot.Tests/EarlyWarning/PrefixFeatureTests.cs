using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Tests.Sql;

namespace BlindSpot.Tests.EarlyWarning;

public class PrefixFeatureTests
{
    internal static IReadOnlyList<PrefixRow> SqlPrefixes(IEnumerable<TurnRow> rows, int maxK = 6)
    {
        using var folder = new TempFolder();
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        var report = session.LoadTurns(RandomTurnLogs.WriteCsv(folder.File("turns.csv"), rows));
        Assert.True(report.IsValid, report.ToString());
        return PrefixFeatures.Build(session, maxK);
    }

    /// <summary>Doubles rounded to 9 decimals, so that summation order cannot fail an equality.</summary>
    internal static PrefixRow Rounded(PrefixRow p)
    {
        static double? R(double? x) => x is null ? null : Math.Round(x.Value, 9);
        return p with
        {
            FirstSentiment = R(p.FirstSentiment), LastSentiment = R(p.LastSentiment), MeanSentiment = R(p.MeanSentiment),
            MinSentiment = R(p.MinSentiment), SentimentVelocity = R(p.SentimentVelocity), SentimentSlope = R(p.SentimentSlope),
        };
    }

    private static readonly DateTime T0 = new(2026, 1, 1, 10, 0, 0);

    private static TurnRow Row(string id, int i, string speaker, double? s = null, bool? failed = null, string? evt = null, string? intent = null) =>
        new(id, i, T0.AddSeconds(10 * i), speaker, intent, "x", s, failed, evt);

    [Fact]
    public void Hand_computed_sessions_have_the_documented_values()
    {
        var rows = new List<TurnRow>
        {
            // H: greeting, five user turns, a handoff request at the fifth (so no row at k = 5)
            Row("H", 1, "bot", failed: false),
            Row("H", 2, "user", 0.4, intent: "billing"),
            Row("H", 3, "bot", failed: true),
            Row("H", 4, "user", 0.1, intent: "technical_support"),
            Row("H", 5, "bot", failed: true),
            Row("H", 6, "user", -0.2),
            Row("H", 7, "bot", failed: false),
            Row("H", 8, "user"),               // no sentiment: counts as a user turn, not as a sentiment
            Row("H", 9, "bot"),                // NULL failure flag: a bot turn that did not fail
            Row("H", 10, "user", -0.9, evt: "handoff_requested"),
            Row("H", 11, "agent", evt: "agent_joined"),
            // L: one user turn, a failed answer, then the user leaves
            Row("L", 1, "user", -0.5, intent: "order_status"),
            Row("L", 2, "bot", failed: true),
            Row("L", 3, "system", evt: "user_left"),
        };

        var p = SqlPrefixes(rows).Select(Rounded).ToList();

        Assert.Equal(
        [
            new PrefixRow("H", 1, 3, "billing", 3, 2, 1, 1, 0.4, 0.4, 0.4, 0.4, null, null, 1, 20),
            new PrefixRow("H", 2, 5, "billing", 5, 3, 2, 2, 0.4, 0.1, 0.25, 0.1, null, -0.3, 1, 40),
            new PrefixRow("H", 3, 7, "billing", 7, 4, 2, 3, 0.4, -0.2, 0.1, -0.2, -0.3, -0.3, 0, 60),
            new PrefixRow("H", 4, 9, "billing", 9, 5, 2, 3, 0.4, -0.2, 0.1, -0.2, -0.3, -0.3, 0, 80),
            new PrefixRow("L", 1, 2, "order_status", 2, 1, 1, 1, -0.5, -0.5, -0.5, -0.5, null, null, 1, 10),
        ], p);
    }

    [Fact]
    public void Slope_is_the_least_squares_slope_on_sentiment_rank()
    {
        // sentiments 0.5, 0, 0.25 at ranks 1..3: slope = sum((x-2)(y-0.25)) / sum((x-2)^2) = (-0.25 + 0) / 2 = -0.125
        var rows = new List<TurnRow>
        {
            Row("S", 1, "user", 0.5), Row("S", 2, "bot", failed: false),
            Row("S", 3, "user", 0.0), Row("S", 4, "user", 0.25), Row("S", 5, "agent"),
        };
        var p = SqlPrefixes(rows).Select(Rounded).ToList();
        Assert.Equal([1, 2, 3], p.Select(r => r.K));
        Assert.Equal([2, 3, 5], p.Select(r => r.PrefixEndTurn));
        Assert.Equal([null, -0.5, -0.125], p.Select(r => r.SentimentSlope));
        Assert.Equal([null, null, -0.125], p.Select(r => r.SentimentVelocity));
        Assert.Equal([0, 0, 0], p.Select(r => r.LastBotFailed));
        Assert.Null(SqlPrefixes([Row("Z", 1, "user", 0.1)]).Single().LastBotFailed); // no bot turn yet
    }

    [Fact]
    public void Prefixes_from_logs_cut_right_after_user_turn_k_equal_prefixes_from_the_full_logs()
    {
        var rows = RandomTurnLogs.Generate(300, 11).Concat(
            Enumerable.Range(0, 200).SelectMany(i => new ConversationSimulator(new SimulationOptions()).Simulate(i).Turns)).ToList();
        var full = SqlPrefixes(rows);
        Assert.True(full.Count > 900);
        for (var k = 1; k <= 6; k++)
        {
            var atK = full.Where(p => p.K == k).ToDictionary(p => p.SessionId);
            // keep, for every session with a prefix at k, its turns up to that prefix's last turn
            var truncated = rows.Where(r => atK.TryGetValue(r.SessionId, out var p) && r.TurnIndex <= p.PrefixEndTurn).ToList();
            var cut = SqlPrefixes(truncated);
            Assert.Equal(atK.Count, cut.Count(p => p.K == k));
            Assert.DoesNotContain(cut, p => p.K > k);
            var expected = full.Where(p => p.K <= k && atK.ContainsKey(p.SessionId)).Select(Rounded).ToList();
            Assert.Equal(expected, cut.Select(Rounded).ToList());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rewriting_the_future_never_changes_a_prefix_that_ended_before_it(int seed)
    {
        // no-peeking property: cut every session at a random turn c, replace everything after c by other random turns
        // (sentiments, failures, speakers, events); every prefix whose last turn is before c must be unchanged
        var original = RandomTurnLogs.Generate(300, seed);
        var noise = RandomTurnLogs.Generate(300, seed + 100).GroupBy(r => r.SessionId).Select(g => g.ToList()).ToList();
        var rng = new SplitMixRandom((ulong)(seed * 7919));
        var cutAt = new Dictionary<string, int>();
        var rewritten = new List<TurnRow>();
        foreach (var (session, i) in original.GroupBy(r => r.SessionId).Select((g, i) => (g.ToList(), i)))
        {
            var c = rng.Next(1, session.Count + 1);
            cutAt[session[0].SessionId] = c;
            // events that end a session may only close it, so the kept part loses a user_left/session_timeout
            rewritten.AddRange(session.Take(c).Select(t => t.TurnIndex == c || t.Event is not ("user_left" or "session_timeout") ? t : t with { Event = null }));
            rewritten.AddRange(noise[i].Select(t => t with { SessionId = session[0].SessionId, TurnIndex = c + t.TurnIndex, Ts = session[c - 1].Ts.AddSeconds(t.TurnIndex) }));
        }
        // the kept turn c itself may carry an ending event: then nothing may follow it
        var ended = rewritten.Where(t => t.Event is "user_left" or "session_timeout" && t.TurnIndex == cutAt[t.SessionId]).Select(t => t.SessionId).ToHashSet();
        rewritten = rewritten.Where(t => !ended.Contains(t.SessionId) || t.TurnIndex <= cutAt[t.SessionId]).ToList();

        var before = SqlPrefixes(original).Where(p => p.PrefixEndTurn < cutAt[p.SessionId]).Select(Rounded).ToList();
        var after = SqlPrefixes(rewritten).Where(p => p.PrefixEndTurn < cutAt[p.SessionId]).Select(Rounded).ToList();

        Assert.True(before.Count > 100, $"only {before.Count} prefixes ended before the cut");
        Assert.Equal(before, after);
        Assert.NotEqual(SqlPrefixes(original).Count, SqlPrefixes(rewritten).Count); // the future really changed
    }
}
