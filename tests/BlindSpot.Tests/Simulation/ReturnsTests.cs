using System.Security.Cryptography;
using BlindSpot.Core;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Simulation;

/// <summary>The simulator's returns switch: off by default, and on, returns that the return-window definitions see.</summary>
public class ReturnsTests
{
    private static readonly SimulationOptions WithReturns = new() { Sessions = 600, Seed = 11, Returns = ReturnOptions.On };

    [Fact]
    public void Returns_are_off_by_default_and_leave_the_sessions_and_the_logs_columns_unchanged()
    {
        Assert.False(new SimulationOptions().Returns.Enabled);
        var plain = new ConversationSimulator(new SimulationOptions { Seed = 11 });
        var returning = new ConversationSimulator(WithReturns);
        for (var i = 0; i < 50; i++)
        {
            var (a, b) = (plain.Simulate(i), returning.Simulate(i));
            Assert.Equal(a.Turns, b.Turns);
            Assert.Equal((null, null), (a.ConversationId, a.CustomerId));
            Assert.Null(plain.SimulateReturn(i, a));
        }
    }

    [Fact]
    public void A_share_of_failed_sessions_come_back_within_hours_as_the_same_conversation_or_customer()
    {
        var simulator = new ConversationSimulator(WithReturns);
        var firsts = Enumerable.Range(0, WithReturns.Sessions).Select(i => simulator.Simulate(i)).ToList();
        var pairs = firsts.Select((s, i) => (First: s, Return: simulator.SimulateReturn(i, s))).Where(p => p.Return is not null).ToList();
        var failed = firsts.Count(s => s.Truth.TrueOutcome != "resolved");

        Assert.All(pairs, p => Assert.NotEqual("resolved", p.First.Truth.TrueOutcome));
        Assert.InRange((double)pairs.Count / failed, 0.28, 0.42); // FailedShare 0.35
        Assert.All(pairs, p =>
        {
            var gap = p.Return!.Turns[0].Ts - p.First.Turns[^1].Ts;
            Assert.InRange(gap.TotalHours, 1, 20);
            Assert.Equal(p.First.CustomerId, p.Return.CustomerId);
            Assert.Equal(p.First.Truth.Intent, p.Return.Truth.Intent);
            Assert.Equal(p.First.Truth.SessionId, p.Return.Truth.ReturnOf);
            Assert.Equal(p.Return.Truth.SessionId.EndsWith("-v2"), p.Return.ConversationId == p.First.ConversationId);
        });
        Assert.Contains(pairs, p => p.Return!.ConversationId != p.First.ConversationId);
        Assert.Contains(pairs, p => p.Return!.ConversationId == p.First.ConversationId);
    }

    [Fact]
    public void The_log_with_returns_keeps_the_contract_columns_first_and_is_byte_identical_for_the_same_seed()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var first = DatasetWriter.Write(WithReturns with { Sessions = 200 }, a.Path);
        var second = DatasetWriter.Write(WithReturns with { Sessions = 200 }, b.Path);
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(first.TurnsCsv)), SHA256.HashData(File.ReadAllBytes(second.TurnsCsv)));
        Assert.Equal(BlindSpot.Tests.Logs.TurnLogFixture.Header + ",conversation_id,customer_id", File.ReadLines(first.TurnsCsv).First());
        using var db = DuckDb.OpenInMemory();
        Assert.Equal(first.Sessions, db.Scalar<long>($"SELECT count(DISTINCT session_id) FROM read_parquet({DuckDb.Literal(first.TurnsParquet)})"));
        Assert.True(first.Sessions > 200);
    }

    /// <summary>
    /// escalation_only calls every session without a handoff resolved; no_return calls one abandoned when it comes back
    /// within 24 hours. So they disagree exactly on the sessions the truth says were abandoned and came back.
    /// </summary>
    [Fact]
    public void No_return_differs_from_escalation_only_exactly_on_the_abandoned_sessions_that_came_back()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(WithReturns, folder.Path);
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(dataset.TurnsCsv);
        session.LoadTruth(dataset.TruthParquet);
        session.AllOutcomeLabels();

        var differing = Ids(session, """
            SELECT n.session_id FROM outcome_labels n
            JOIN outcome_labels e ON e.session_id = n.session_id AND e.definition = 'escalation_only'
            WHERE n.definition = 'no_return' AND n.outcome <> e.outcome
            """);
        var cameBackAbandoned = Ids(session, """
            SELECT t.session_id FROM truth t JOIN outcome_labels n ON n.session_id = t.session_id AND n.definition = 'no_return'
            WHERE t.returned_as IS NOT NULL AND t.true_outcome = 'abandoned'
            """);
        Assert.Equal(cameBackAbandoned, differing);
        Assert.True(differing.Count >= 40, $"only {differing.Count} returning abandoned sessions");
        Assert.Equal(0, session.Connection.Scalar<long>(
            "SELECT count(*) FROM outcome_labels n JOIN truth t USING (session_id) WHERE n.definition = 'no_return' AND n.session_id IN (" +
            "SELECT session_id FROM truth WHERE returned_as IS NOT NULL AND true_outcome = 'abandoned') AND n.outcome <> 'abandoned'"));
        Assert.InRange(session.LeftOutSessions()["no_return"], 1, 60);
    }

    private static List<string> Ids(SqlSession session, string sql)
    {
        var frame = session.QueryText(sql + " ORDER BY 1");
        return Enumerable.Range(0, (int)frame.Rows.Count).Select(i => (string)frame[frame.Columns[0].Name][i]).ToList();
    }
}
