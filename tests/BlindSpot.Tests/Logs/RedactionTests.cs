using BlindSpot.Core;
using BlindSpot.Handoff;
using BlindSpot.Logs;
using BlindSpot.Sql;
using BlindSpot.Tests.Handoff;

namespace BlindSpot.Tests.Logs;

/// <summary>Personal data in message text is masked for readers, the same way in C# and in DuckDB, hostile text included.</summary>
public class RedactionTests
{
    public static readonly TheoryData<string, string> Messages = new()
    {
        { "my email is jane.doe+shop@example.co.uk, please reply there", "my email is [email], please reply there" },
        { "call me on +44 20 7946 0958 or (415) 555-2671", "call me on [phone] or [phone]" },
        { "card 4111 1111 1111 1111 was charged twice", "card [card] was charged twice" },
        { "card 4111-1111-1111-1111, exp 12/27", "card [card], exp 12/27" },
        { "account 0012345678 and order #973149", "account [number] and order #[number]" },
        { "invoice INV-52960 for 72.41 on 2026-03-08", "invoice INV-52960 for 72.41 on 2026-03-08" },
        { "'; DROP TABLE turns; -- mail me: a@b.io", "'; DROP TABLE turns; -- mail me: [email]" },
        { "<script>alert('x')</script> 5551234567", "<script>alert('x')</script> [number]" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Personal_data_is_masked_and_everything_else_is_left_as_it_was(string text, string shown) =>
        Assert.Equal(shown, Redaction.Mask(text));

    [Fact]
    public void DuckDb_masks_the_loaded_turns_as_the_library_does_and_the_file_is_untouched()
    {
        using var dir = new TempFolder();
        var rows = Messages.Select((m, i) => $"S1,{i + 1},2026-01-01 10:00:{i:00},user,billing,\"{((string)m[0]).Replace("\"", "\"\"")}\",0.0,,").ToList();
        rows.Insert(0, "S1,0,2026-01-01 09:59:59,bot,,Hi,,false,");
        var csv = "session_id,turn_index,ts,speaker,intent,text,sentiment,bot_failure,event\n" +
                  string.Join("\n", rows.Select((r, i) => r.Replace($"S1,{(i == 0 ? 0 : i)},", $"S1,{i + 1},"))) + "\n";
        File.WriteAllText(dir.File("turns.csv"), csv);
        var before = File.ReadAllBytes(dir.File("turns.csv"));

        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        Assert.True(sql.LoadTurns(dir.File("turns.csv")).IsValid);
        sql.Redact();

        var shown = sql.QueryText("SELECT text FROM turns WHERE speaker = 'user' ORDER BY turn_index").Values<string>("text");
        Assert.Equal(Messages.Select(m => (string)m[1]), shown);
        Assert.Equal(before, File.ReadAllBytes(dir.File("turns.csv")));
    }

    [Fact]
    public void The_agents_side_of_an_escalation_is_masked_too_and_its_file_is_untouched()
    {
        using var dir = new TempFolder();
        var (turns, files) = HandoffFixture.Write(dir.Path, "agent_turns", rows => HandoffFixture.Replace(rows,
            "E1,9,", "E1,9,2026-01-02 10:10:40,agent,,\"Refund issued to jane.doe+shop@example.co.uk, call (415) 555-2671\",,,"));
        var before = File.ReadAllBytes(files.AgentTurns);
        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(turns);
        HandoffData.Load(sql, files);

        sql.Redact();

        Assert.Equal("Refund issued to [email], call [phone]", sql.Connection.Scalar<string>("SELECT text FROM agent_turns WHERE turn_index = 9"));
        Assert.Equal(4, sql.Connection.Scalar<long>("SELECT count(*) FROM agent_turns"));
        Assert.Equal(before, File.ReadAllBytes(files.AgentTurns));
    }
}
