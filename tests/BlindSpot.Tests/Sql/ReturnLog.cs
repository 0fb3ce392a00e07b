using BlindSpot.Tests.Logs;

namespace BlindSpot.Tests.Sql;

/// <summary>
/// A hand-built log with conversation_id and customer_id, one session per situation the return-window definitions
/// decide on. The log's last turn is Z's, 2026-01-10 12:00:30: a 24-hour window labels sessions that ended by
/// 2026-01-09 12:00:30, a 7-day window those that ended by 2026-01-03 12:00:30.
/// </summary>
public static class ReturnLog
{
    public const string Header = TurnLogFixture.Header + ",conversation_id,customer_id";

    public static readonly List<string> Rows =
    [
        // E: escalated after a fallback
        "E,1,2026-01-01 10:00:00,user,billing,Refund?,0.1,,,cE,uE", "E,2,2026-01-01 10:00:01,bot,,Sorry,,true,,cE,uE",
        "E,3,2026-01-01 10:00:20,user,billing,Agent please,-0.4,,handoff_requested,cE,uE", "E,4,2026-01-01 10:01:00,agent,,Hi,,,agent_joined,cE,uE",
        // R: confirmed, no customer known
        "R,1,2026-01-01 10:30:00,user,order_status,Where?,0.2,,,cR,", "R,2,2026-01-01 10:30:01,bot,,Tomorrow,,false,,cR,",
        "R,3,2026-01-01 10:30:20,user,order_status,Thanks,0.5,,resolution_confirmed,cR,",
        // Q: a good answer, then silence, no return
        "Q,1,2026-01-01 11:00:00,bot,,Hi!,,false,,cQ,uQ", "Q,2,2026-01-01 11:00:05,user,product_info,API?,0.0,,,cQ,uQ",
        "Q,3,2026-01-01 11:00:06,bot,,Yes,,false,,cQ,uQ", "Q,4,2026-01-01 11:15:06,system,,timeout,,,session_timeout,cQ,uQ",
        // A: a fallback, then the user closes the chat
        "A,1,2026-01-01 11:30:00,user,billing,Refund?,0.1,,,cA,uA", "A,2,2026-01-01 11:30:01,bot,,Sorry,,true,,cA,uA",
        "A,3,2026-01-01 11:30:40,system,,left,,,user_left,cA,uA",
        // U: a good answer, then the user asks for more and gets no answer
        "U,1,2026-01-01 12:00:00,user,billing,Refund?,0.1,,,cU,uU", "U,2,2026-01-01 12:00:01,bot,,Done,,false,,cU,uU",
        "U,3,2026-01-01 12:00:30,user,billing,And the fee?,0.0,,,cU,uU", "U,4,2026-01-01 12:15:30,system,,timeout,,,session_timeout,cU,uU",
        // G: only the greeting before the user's question: no answer
        "G,1,2026-01-01 12:30:00,bot,,Hi!,,false,,cG,uG", "G,2,2026-01-01 12:30:05,user,billing,Refund?,0.0,,,cG,uG",
        "G,3,2026-01-01 12:45:05,system,,timeout,,,session_timeout,cG,uG",
        // N: the last answer's failure flag is unknown
        "N,1,2026-01-01 12:50:00,user,billing,Refund?,0.0,,,cN,uN", "N,2,2026-01-01 12:50:01,bot,,Maybe,,,,cN,uN",
        "N,3,2026-01-01 13:05:01,system,,timeout,,,session_timeout,cN,uN",
        // B1 ends 2026-01-01 13:15:01; B2, the same conversation, starts 23 h 59 min later and is confirmed
        "B1,1,2026-01-01 13:00:00,user,billing,Refund?,0.1,,,cB,", "B1,2,2026-01-01 13:00:01,bot,,Done,,false,,cB,",
        "B1,3,2026-01-01 13:15:01,system,,timeout,,,session_timeout,cB,",
        "B2,1,2026-01-02 13:14:01,user,billing,Still no refund,-0.2,,,cB,", "B2,2,2026-01-02 13:14:02,bot,,Refunded now,,false,,cB,",
        "B2,3,2026-01-02 13:14:30,user,billing,Thanks,0.3,,resolution_confirmed,cB,",
        // C1 ends 2026-01-01 14:15:01; C2, the same conversation, starts 24 h 1 min later and ends in a fallback
        "C1,1,2026-01-01 14:00:00,user,billing,Refund?,0.1,,,cC,uC", "C1,2,2026-01-01 14:00:01,bot,,Done,,false,,cC,uC",
        "C1,3,2026-01-01 14:15:01,system,,timeout,,,session_timeout,cC,uC",
        "C2,1,2026-01-02 14:16:01,user,billing,Where is it?,-0.1,,,cC,uC", "C2,2,2026-01-02 14:16:02,bot,,Sorry,,true,,cC,uC",
        "C2,3,2026-01-02 14:16:40,system,,left,,,user_left,cC,uC",
        // K1 ends 2026-01-01 15:00:40; K2, the same customer in another conversation, starts 3 hours later and escalates
        "K1,1,2026-01-01 15:00:00,user,billing,Refund?,0.1,,,cK1,uK", "K1,2,2026-01-01 15:00:01,bot,,Done,,false,,cK1,uK",
        "K1,3,2026-01-01 15:00:40,system,,left,,,user_left,cK1,uK",
        "K2,1,2026-01-01 18:00:40,user,billing,Not refunded,-0.5,,,cK2,uK", "K2,2,2026-01-01 18:01:00,user,billing,Agent,-0.6,,handoff_requested,cK2,uK",
        // W: a good answer, then silence, mid-log: inside the 24-hour labels, outside the 7-day ones
        "W,1,2026-01-05 10:00:00,user,billing,Refund?,0.1,,,cW,uW", "W,2,2026-01-05 10:00:01,bot,,Done,,false,,cW,uW",
        "W,3,2026-01-05 10:15:01,system,,timeout,,,session_timeout,cW,uW",
        // L and Z end within the log's last 24 hours: no window definition labels them
        "L,1,2026-01-09 20:00:00,user,billing,Refund?,0.1,,,cL,uL", "L,2,2026-01-09 20:00:01,bot,,Done,,false,,cL,uL",
        "Z,1,2026-01-10 12:00:00,user,billing,Refund?,0.1,,,cZ,uZ", "Z,2,2026-01-10 12:00:30,bot,,Done,,false,,cZ,uZ",
    ];

    public static string Write(string path) => TurnLogFixture.Write(path, Rows, Header);

    /// <summary>The same log with the contract's columns only: nothing ties one session to another.</summary>
    public static string WriteWithoutIds(string path) =>
        TurnLogFixture.Write(path, Rows.Select(r => string.Join(',', r.Split(',')[..^2])));
}
