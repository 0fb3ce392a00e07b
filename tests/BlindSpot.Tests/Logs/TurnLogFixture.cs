namespace BlindSpot.Tests.Logs;

/// <summary>A small valid turn log as CSV lines, which a test breaks one rule at a time.</summary>
public static class TurnLogFixture
{
    public const string Header = "session_id,turn_index,ts,speaker,intent,text,sentiment,bot_failure,event";

    /// <summary>Text that a naive CSV or HTML path would mangle.</summary>
    public const string TrickyText = "Hello, \"quoted\" <script>alert('x')</script> & more\nsecond line";

    public static List<string> ValidRows() =>
    [
        "A,1,2026-01-01 10:00:00,bot,,Hi there,,false,",
        "A,2,2026-01-01 10:00:10,user,billing,\"" + TrickyText.Replace("\"", "\"\"") + "\",0.1,,",
        "A,3,2026-01-01 10:00:12,bot,,Answer,,false,",
        "A,4,2026-01-01 10:00:30,user,billing,Thanks,0.3,,resolution_confirmed",
        "B,1,2026-01-01 11:00:00,user,order_status,Where is my order?,-0.2,,",
        "B,2,2026-01-01 11:00:05,bot,,Sorry,,true,",
        "B,3,2026-01-01 11:01:00,system,,The user closed the chat window.,,,user_left",
        "C,1,2026-01-02 09:00:00,user,cancellation,Cancel please,0,,",
        "C,2,2026-01-02 09:00:02,bot,,Done,,false,",
    ];

    /// <summary>Physical input rows: the tricky text spans two lines but is one row.</summary>
    public static string Write(string path, IEnumerable<string> rows, string header = Header)
    {
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    public static List<string> With(Func<List<string>, List<string>> change) => change(ValidRows());

    public static List<string> Replace(string startsWith, string row) =>
        ValidRows().Select(r => r.StartsWith(startsWith) ? row : r).ToList();
}
