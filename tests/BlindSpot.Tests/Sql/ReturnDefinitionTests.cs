using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>The outcome definitions that count returns, on <see cref="ReturnLog"/>: exact labels per session.</summary>
public class ReturnDefinitionTests
{
    private static Dictionary<string, string> Labels(string definition, bool withIds = true, Action<SqlSession>? setup = null)
    {
        using var folder = new TempFolder();
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(withIds ? ReturnLog.Write(folder.File("t.csv")) : ReturnLog.WriteWithoutIds(folder.File("t.csv")));
        setup?.Invoke(session);
        var frame = session.Outcomes(definition);
        return Enumerable.Range(0, (int)frame.Rows.Count).ToDictionary(i => (string)frame["session_id"][i], i => (string)frame["outcome"][i]);
    }

    private static Dictionary<string, string> Expect(string resolved, string escalated, string abandoned) =>
        new[] { (resolved, "resolved"), (escalated, "escalated"), (abandoned, "abandoned") }
            .SelectMany(g => g.Item1.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => (id, g.Item2)))
            .ToDictionary(p => p.id, p => p.Item2);

    [Fact]
    public void Assumed_resolution_resolves_a_good_last_answer_nobody_follows_up_within_24_hours() =>
        // B1 comes back after 23 h 59 min, K1's customer after 3 h in another conversation; C1 after 24 h 1 min counts as
        // no return; U asked for more, G got only a greeting, N's last answer has no failure flag, A's was a fallback
        Assert.Equal(Expect(resolved: "R Q B2 C1 W", escalated: "E K2", abandoned: "A U G N B1 C2 K1"), Labels("assumed_resolution"));

    [Fact]
    public void No_return_calls_a_contained_session_abandoned_only_when_it_comes_back_within_24_hours() =>
        Assert.Equal(Expect(resolved: "R Q A U G N B2 C1 C2 W", escalated: "E K2", abandoned: "B1 K1"), Labels("no_return"));

    [Fact]
    public void No_return_7d_also_counts_a_return_after_24_hours_and_labels_only_sessions_a_week_before_the_end() =>
        Assert.Equal(Expect(resolved: "R Q A U G N B2 C2", escalated: "E K2", abandoned: "B1 C1 K1"), Labels("no_return_7d"));

    [Fact]
    public void A_log_without_conversation_and_customer_ids_shows_no_return()
    {
        Assert.Equal(Expect(resolved: "R Q A U G N B1 B2 C1 C2 K1 W", escalated: "E K2", abandoned: ""), Labels("no_return", withIds: false));
        Assert.Equal(Expect(resolved: "R Q B1 B2 C1 K1 W", escalated: "E K2", abandoned: "A U G N C2"), Labels("assumed_resolution", withIds: false));
    }

    [Fact]
    public void Sessions_too_close_to_the_end_to_show_a_return_are_left_out_and_counted()
    {
        using var folder = new TempFolder();
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(ReturnLog.Write(folder.File("t.csv")));
        session.AllOutcomeLabels();
        Assert.Equal(new Dictionary<string, long>
        {
            ["assumed_resolution"] = 2, ["escalation_only"] = 0, ["no_return"] = 2, ["no_return_7d"] = 3,
            ["quiet_success"] = 0, ["three_tier"] = 0, ["timeout_contained"] = 0,
        }, session.LeftOutSessions());
    }

    [Fact]
    public void Session_returns_keeps_the_log_ids_and_the_next_start_of_the_same_conversation_or_customer()
    {
        using var folder = new TempFolder();
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(ReturnLog.Write(folder.File("t.csv")));
        session.Execute("session_returns.sql");
        var frame = session.QueryText(
            "SELECT session_id, conversation_id, coalesce(customer_id, '-') AS customer_id, coalesce(strftime(next_return_at, '%Y-%m-%d %H:%M:%S'), '-') AS next_return " +
            "FROM session_returns WHERE session_id IN ('B1', 'C1', 'K1', 'K2', 'R') ORDER BY session_id");
        Assert.Equal(
            ["B1 cB - 2026-01-02 13:14:01", "C1 cC uC 2026-01-02 14:16:01", "K1 cK1 uK 2026-01-01 18:00:40", "K2 cK2 uK -", "R cR - -"],
            Enumerable.Range(0, (int)frame.Rows.Count).Select(i => $"{frame["session_id"][i]} {frame["conversation_id"][i]} {frame["customer_id"][i]} {frame["next_return"][i]}"));
    }

    [Fact]
    public void A_session_starting_the_second_another_ends_or_overlapping_it_is_not_its_return()
    {
        using var folder = new TempFolder();
        using var session = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        session.LoadTurns(Logs.TurnLogFixture.Write(folder.File("t.csv"),
        [
            "P,1,2026-01-01 10:00:00,user,billing,Hi,0,,,c1,u", "P,2,2026-01-01 10:05:00,bot,,Done,,false,,c1,u",
            "O,1,2026-01-01 10:01:00,user,billing,Hi,0,,,c2,u", "O,2,2026-01-01 10:06:00,bot,,Done,,false,,c2,u",
            "S,1,2026-01-01 10:05:00,user,billing,Hi,0,,,c3,u", "S,2,2026-01-01 10:20:00,bot,,Done,,false,,c3,u",
        ], ReturnLog.Header));
        session.Execute("session_returns.sql");
        var frame = session.QueryText("SELECT session_id, coalesce(strftime(next_return_at, '%H:%M'), '-') AS next_return FROM session_returns ORDER BY session_id");
        // P ends 10:05: O started before that (overlap), S at the very second; O ends 10:06, after S started
        Assert.Equal(["O -", "P -", "S -"], Enumerable.Range(0, (int)frame.Rows.Count).Select(i => $"{frame["session_id"][i]} {frame["next_return"][i]}"));
    }

    [Fact]
    public void A_definition_may_leave_out_only_sessions_at_the_logs_end()
    {
        var error = Assert.Throws<SqlFileException>(() => Labels("no_early", setup: s => s.DefineOutcome("no_early",
            "SELECT session_id, 'resolved' AS outcome FROM session_terminal WHERE session_id <> 'E'")));
        Assert.Equal("outcome definition 'no_early':1: leaves 1 session(s) without a label that ended before a labelled one: " +
                     "only the sessions at the log's end, too late to show a return, may go without a label", error.Message);
        Assert.Equal(13, Labels("no_late", setup: s => s.DefineOutcome("no_late",
            "SELECT session_id, 'resolved' AS outcome FROM session_terminal WHERE session_id NOT IN ('W', 'L', 'Z')")).Count);
    }
}
