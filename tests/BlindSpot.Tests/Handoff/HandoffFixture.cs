using BlindSpot.Handoff;
using BlindSpot.Logs;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Handoff;

/// <summary>
/// A hand-made turn log (two bot-resolved sessions R1, R2; two escalated E1, E2; one abandoned A1) and human-leg
/// files whose metrics are worked out by hand in <see cref="HandoffMetricsTests"/>. Tests break one file at a time.
/// </summary>
public static class HandoffFixture
{
    public static List<string> Turns() =>
    [
        "session_id,turn_index,ts,speaker,intent,text,sentiment,bot_failure,event",
        "R1,1,2026-01-01 10:00:00,bot,,Hi,,false,",
        "R1,2,2026-01-01 10:00:10,user,billing,Invoice INV-12345 is wrong,0.2,,",
        "R1,3,2026-01-01 10:00:12,bot,,Fixed,,false,",
        "R1,4,2026-01-01 10:00:30,user,billing,Thanks,0.4,,resolution_confirmed",
        "R2,1,2026-01-01 11:00:00,bot,,Hi,,false,",
        "R2,2,2026-01-01 11:00:10,user,order_status,Where is #123456?,0.1,,",
        "R2,3,2026-01-01 11:00:12,bot,,Tomorrow,,false,",
        "R2,4,2026-01-01 11:00:30,user,order_status,Great,0.3,,resolution_confirmed",
        "E1,1,2026-01-02 10:00:00,bot,,Hi,,false,",
        "E1,2,2026-01-02 10:00:10,user,billing,Charged twice,0.0,,",
        "E1,3,2026-01-02 10:00:12,bot,,Sorry?,,true,",
        "E1,4,2026-01-02 10:00:40,user,billing,Agent.,-0.3,,handoff_requested",
        "E1,5,2026-01-02 10:00:42,system,,Transferring,,,",
        "E1,6,2026-01-02 10:01:40,agent,,Hello,,,agent_joined",
        "E2,1,2026-01-02 11:00:00,bot,,Hi,,false,",
        "E2,2,2026-01-02 11:00:10,user,technical_support,Error E404,0.0,,",
        "E2,3,2026-01-02 11:00:12,bot,,Sorry?,,true,",
        "E2,4,2026-01-02 11:00:40,user,technical_support,Human please,-0.4,,handoff_requested",
        "E2,5,2026-01-02 11:00:42,system,,Transferring,,,",
        "E2,6,2026-01-02 11:01:40,agent,,Hello,,,agent_joined",
        "A1,1,2026-01-03 10:00:00,bot,,Hi,,false,",
        "A1,2,2026-01-03 10:00:10,user,billing,Hm,0.0,,",
        "A1,3,2026-01-03 10:01:10,system,,Left,,,user_left",
    ];

    public const string HandoffsHeader =
        "session_id,handoff_ts,packet_level,has_thread,has_summary,has_identifiers,has_bot_actions,has_escalation_reason,has_evidence,has_sentiment," +
        "packet_fields,re_explained,first_reply_moved_forward,first_reply_seconds,first_useful_reply_seconds,recovery_minutes,resolved_by_agent";

    public static List<string> Handoffs() =>
    [
        HandoffsHeader,
        "E1,2026-01-02 10:00:40,none,false,false,false,false,false,false,false,0,true,false,60,600,20.0,true",
        "E2,2026-01-02 11:00:40,full,true,true,true,true,true,true,true,7,false,true,60,180,5.0,true",
    ];

    public static List<string> AgentTurns() =>
    [
        "session_id,turn_index,ts,speaker,intent,text,sentiment,bot_failure,event",
        "E1,7,2026-01-02 10:02:00,agent,,Could you describe the problem from the start?,,,",
        "E1,8,2026-01-02 10:03:00,user,billing,\"As I said: charged twice, <b>again</b>\",-0.4,,",
        "E1,9,2026-01-02 10:10:40,agent,,Refund issued.,,,",
        "E2,7,2026-01-02 11:03:40,agent,,I can see what the assistant tried; fixed.,,,",
    ];

    public static List<string> HumanOnly() =>
    [
        "case_id,intent,opened_ts,first_reply_seconds,first_useful_reply_seconds,re_explained,resolved",
        "H1,billing,2026-01-04 10:00:00,120,300,false,true",
        "H2,cancellation,2026-01-04 11:00:00,120,420,true,true",
    ];

    public static List<string> Surveys() =>
    [
        "case_id,path,responded,csat,nps",
        "R1,ai_resolved,true,5,10",
        "R2,ai_resolved,true,4,9",
        "E1,ai_to_human,true,1,2",
        "E2,ai_to_human,false,,",
        "H1,human_only,true,4,7",
        "H2,human_only,true,3,5",
    ];

    /// <summary>Writes the fixture (with <paramref name="change"/> applied to one file) and returns its files.</summary>
    public static (string Turns, HandoffFiles Files) Write(string folder, string? table = null, Func<List<string>, List<string>>? change = null)
    {
        List<string> Of(string name, List<string> rows) => name == table && change is not null ? change(rows) : rows;
        var files = new HandoffFiles(Path.Combine(folder, "handoffs.csv"), Path.Combine(folder, "agent_turns.csv"),
            Path.Combine(folder, "human_only.csv"), Path.Combine(folder, "surveys.csv"));
        var turns = Path.Combine(folder, "turns.csv");
        File.WriteAllText(turns, string.Join("\n", Turns()) + "\n");
        File.WriteAllText(files.Handoffs, string.Join("\n", Of("handoffs", Handoffs())) + "\n");
        File.WriteAllText(files.AgentTurns, string.Join("\n", Of("agent_turns", AgentTurns())) + "\n");
        File.WriteAllText(files.HumanOnly, string.Join("\n", Of("human_only", HumanOnly())) + "\n");
        File.WriteAllText(files.Surveys, string.Join("\n", Of("surveys", Surveys())) + "\n");
        return (turns, files);
    }

    public static SqlSession Load(string folder)
    {
        var (turns, files) = Write(folder);
        var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(turns);
        HandoffData.Load(sql, files);
        return sql;
    }

    public static List<string> Replace(List<string> rows, string startsWith, string row) =>
        rows.Select(r => r.StartsWith(startsWith, StringComparison.Ordinal) ? row : r).ToList();
}
