using BlindSpot.Sql;
using BlindSpot.Tests.Logs;

namespace BlindSpot.Tests.Sql;

public class OutcomeDefinitionTests
{
    /// <summary>Six sessions, one per situation the definitions disagree on.</summary>
    private static readonly List<string> Fixture =
    [
        // E: handoff after failures
        "E,1,2026-01-01 10:00:00,user,billing,Refund?,0.1,,", "E,2,2026-01-01 10:00:01,bot,,Sorry,,true,",
        "E,3,2026-01-01 10:00:20,user,billing,Agent please,-0.4,,handoff_requested", "E,4,2026-01-01 10:01:00,agent,,Hi,,,agent_joined",
        // R: confirmed
        "R,1,2026-01-01 11:00:00,user,order_status,Where?,0.2,,", "R,2,2026-01-01 11:00:01,bot,,Tomorrow,,false,",
        "R,3,2026-01-01 11:00:20,user,order_status,Thanks,0.5,,resolution_confirmed",
        // Q: leaves quietly right after a good answer, non-negative sentiment
        "Q,1,2026-01-01 12:00:00,user,product_info,API?,0.0,,", "Q,2,2026-01-01 12:00:01,bot,,Yes,,false,",
        "Q,3,2026-01-01 12:15:01,system,,timeout,,,session_timeout",
        // A: leaves after a failure
        "A,1,2026-01-01 13:00:00,user,billing,Refund?,0.1,,", "A,2,2026-01-01 13:00:01,bot,,Sorry,,true,",
        "A,3,2026-01-01 13:00:40,system,,left,,,user_left",
        // N: leaves after a good answer but unhappy
        "N,1,2026-01-01 14:00:00,user,billing,Refund?,-0.3,,", "N,2,2026-01-01 14:00:01,bot,,Done,,false,",
        "N,3,2026-01-01 14:00:40,system,,left,,,user_left",
        // C: confirms first, asks for a human later: the first decisive event wins
        "C,1,2026-01-01 15:00:00,user,cancellation,Cancel,0.0,,", "C,2,2026-01-01 15:00:01,bot,,Cancelled,,false,",
        "C,3,2026-01-01 15:00:10,user,cancellation,Thanks,0.3,,resolution_confirmed", "C,4,2026-01-01 15:01:00,user,cancellation,Wait, agent!,0.0,,handoff_requested",
    ];

    private static Dictionary<string, string> Labels(string definition, Action<SqlSession>? setup = null)
    {
        using var folder = new TempFolder();
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(TurnLogFixture.Write(folder.File("t.csv"), Fixture.Select(r => r.Replace("Wait, agent!", "\"Wait, agent!\""))));
        setup?.Invoke(session);
        var frame = session.Outcomes(definition);
        return Enumerable.Range(0, (int)frame.Rows.Count).ToDictionary(i => (string)frame["session_id"][i], i => (string)frame["outcome"][i]);
    }

    [Fact]
    public void Three_tier_labels_each_session_by_its_first_decisive_event() =>
        Assert.Equal(new Dictionary<string, string> { ["A"] = "abandoned", ["C"] = "resolved", ["E"] = "escalated", ["N"] = "abandoned", ["Q"] = "abandoned", ["R"] = "resolved" },
            Labels("three_tier"));

    [Fact]
    public void Escalation_only_calls_everything_but_escalation_resolved() =>
        Assert.Equal(new Dictionary<string, string> { ["A"] = "resolved", ["C"] = "resolved", ["E"] = "escalated", ["N"] = "resolved", ["Q"] = "resolved", ["R"] = "resolved" },
            Labels("escalation_only"));

    [Fact]
    public void Quiet_success_resolves_a_silent_ending_after_a_good_answer_and_non_negative_sentiment() =>
        Assert.Equal(new Dictionary<string, string> { ["A"] = "abandoned", ["C"] = "resolved", ["E"] = "escalated", ["N"] = "abandoned", ["Q"] = "resolved", ["R"] = "resolved" },
            Labels("quiet_success"));

    [Fact]
    public void Timeout_contained_counts_an_idle_timeout_as_resolved_and_only_a_closed_chat_as_abandoned() =>
        Assert.Equal(new Dictionary<string, string> { ["A"] = "abandoned", ["C"] = "resolved", ["E"] = "escalated", ["N"] = "abandoned", ["Q"] = "resolved", ["R"] = "resolved" },
            Labels("timeout_contained"));

    [Fact]
    public void A_definition_written_in_a_cell_works_like_a_file()
    {
        var labels = Labels("failures_only", s => s.DefineOutcome("failures_only",
            "SELECT session_id, CASE WHEN terminal_event = 'handoff_requested' THEN 'escalated' " +
            "WHEN session_id IN (SELECT session_id FROM turns WHERE bot_failure) THEN 'abandoned' ELSE 'resolved' END AS outcome FROM session_terminal"));
        Assert.Equal(new Dictionary<string, string> { ["A"] = "abandoned", ["C"] = "resolved", ["E"] = "escalated", ["N"] = "resolved", ["Q"] = "resolved", ["R"] = "resolved" }, labels);
    }

    [Fact]
    public void A_definition_with_an_unknown_label_is_refused_with_its_name()
    {
        var error = Assert.Throws<SqlFileException>(() => Labels("bad", s => s.DefineOutcome("bad", "SELECT session_id, 'fine' AS outcome FROM session_terminal")));
        Assert.Equal("outcome definition 'bad':1: 6 session(s) got an outcome other than resolved / escalated / abandoned", error.Message);
    }

    [Fact]
    public void An_unknown_definition_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => Labels("nope"));
        Assert.Equal("Unknown outcome definition 'nope'. Known: assumed_resolution, escalation_only, no_return, no_return_7d, quiet_success, three_tier, timeout_contained.", error.Message);
    }
}
