using BlindSpot.Core;
using BlindSpot.Handoff;
using BlindSpot.Logs;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Handoff;

public class HandoffValidationTests
{
    public static TheoryData<string, string, Func<List<string>, List<string>>, string, long, string> BrokenFiles => new()
    {
        { "surveys without nps", "surveys", rows => rows.Select(r => r[..r.LastIndexOf(',')]).ToList(), "missing_column", 6, "((see file), row 1)" },
        { "csat not an integer", "surveys", rows => HandoffFixture.Replace(rows, "R2,", "R2,ai_resolved,true,five,9"), "wrong_type", 1, "(R2, row 2)" },
        { "csat above 5", "surveys", rows => HandoffFixture.Replace(rows, "R2,", "R2,ai_resolved,true,6,9"), "csat_out_of_range", 1, "(R2, row 2)" },
        { "csat 0", "surveys", rows => HandoffFixture.Replace(rows, "H1,", "H1,human_only,true,0,7"), "csat_out_of_range", 1, "(H1, row 5)" },
        { "nps above 10", "surveys", rows => HandoffFixture.Replace(rows, "R1,", "R1,ai_resolved,true,5,11"), "nps_out_of_range", 1, "(R1, row 1)" },
        { "nps negative", "surveys", rows => HandoffFixture.Replace(rows, "H2,", "H2,human_only,true,3,-1"), "nps_out_of_range", 1, "(H2, row 6)" },
        { "scores without a response", "surveys", rows => HandoffFixture.Replace(rows, "E2,", "E2,ai_to_human,false,3,"), "answer_without_response", 1, "(E2, row 4)" },
        { "survey on the wrong path", "surveys", rows => HandoffFixture.Replace(rows, "E2,", "E2,ai_resolved,false,,"), "path_mismatch", 1, "(E2, row 4)" },
        { "survey for an abandoned session", "surveys", rows => [.. rows, "A1,ai_resolved,true,2,2"], "path_mismatch", 1, "(A1, row 7)" },
        { "unknown path", "surveys", rows => HandoffFixture.Replace(rows, "E2,", "E2,chatbot,false,,"), "unknown_path", 1, "(E2, row 4)" },
        { "handoff for a resolved session", "handoffs", rows => [.. rows, "R1,2026-01-01 10:00:30,none,false,false,false,false,false,false,false,0,true,false,60,600,20.0,true"], "handoff_not_escalated", 1, "(R1, row 3)" },
        { "handoff for a session not in the log", "handoffs", rows => [.. rows, "X9,2026-01-01 10:00:30,none,false,false,false,false,false,false,false,0,true,false,60,600,20.0,true"], "handoff_not_escalated", 1, "(X9, row 3)" },
        { "negative first reply", "handoffs", rows => HandoffFixture.Replace(rows, "E2,", "E2,2026-01-02 11:00:40,full,true,true,true,true,true,true,true,7,false,true,-5,180,5.0,true"), "negative_time", 1, "(E2, row 2)" },
        { "negative recovery", "handoffs", rows => HandoffFixture.Replace(rows, "E1,", "E1,2026-01-02 10:00:40,none,false,false,false,false,false,false,false,0,true,false,60,600,-1.5,true"), "negative_time", 1, "(E1, row 1)" },
        { "useful reply before the first reply", "handoffs", rows => HandoffFixture.Replace(rows, "E2,", "E2,2026-01-02 11:00:40,full,true,true,true,true,true,true,true,7,false,true,200,180,5.0,true"), "useful_before_first_reply", 1, "(E2, row 2)" },
        { "packet fields miscounted", "handoffs", rows => HandoffFixture.Replace(rows, "E2,", "E2,2026-01-02 11:00:40,full,true,true,true,true,true,true,true,6,false,true,60,180,5.0,true"), "packet_fields_mismatch", 1, "(E2, row 2)" },
        { "unknown packet level", "handoffs", rows => HandoffFixture.Replace(rows, "E2,", "E2,2026-01-02 11:00:40,complete,true,true,true,true,true,true,true,7,false,true,60,180,5.0,true"), "unknown_packet_level", 1, "(E2, row 2)" },
        { "a handoff twice", "handoffs", rows => [.. rows, rows[2]], "duplicate_key", 2, "(E2, row 2)" },
        { "first reply not a number", "handoffs", rows => HandoffFixture.Replace(rows, "E2,", "E2,2026-01-02 11:00:40,full,true,true,true,true,true,true,true,7,false,true,soon,180,5.0,true"), "wrong_type", 1, "(E2, row 2)" },
        { "agent turn inside the bot side", "agent_turns", rows => HandoffFixture.Replace(rows, "E2,7,", "E2,5,2026-01-02 11:03:40,agent,,Hi,,,"), "not_after_bot_side", 1, "(E2, row 4)" },
        { "agent turns for a resolved session", "agent_turns", rows => [.. rows, "R2,5,2026-01-01 11:05:00,agent,,Hello,,,"], "handoff_not_escalated", 1, "(R2, row 5)" },
        { "a speaker the contract does not know", "agent_turns", rows => HandoffFixture.Replace(rows, "E2,7,", "E2,7,2026-01-02 11:03:40,robot,,Hi,,,"), "unknown_speaker", 1, "(E2, row 4)" },
        { "human-only case with a bot session id", "human_only", rows => HandoffFixture.Replace(rows, "H2,", "A1,cancellation,2026-01-04 11:00:00,120,420,true,true"), "case_in_turn_log", 1, "(A1, row 2)" },
        { "human-only negative wait", "human_only", rows => HandoffFixture.Replace(rows, "H1,", "H1,billing,2026-01-04 10:00:00,-120,300,false,true"), "negative_time", 1, "(H1, row 1)" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Each_rule_names_itself_its_count_and_the_first_offending_row(string _, string table, Func<List<string>, List<string>> change, string rule, long count, string firstRow)
    {
        using var folder = new TempFolder();
        var (turns, files) = HandoffFixture.Write(folder.Path, table, change);
        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(turns);

        var error = Assert.Throws<HandoffValidationException>(() => HandoffData.Load(sql, files));

        Assert.Equal(table, error.Report.Table);
        var violation = Assert.Single(error.Report.Violations, v => v.Rule == rule);
        Assert.Equal(count, violation.Count);
        Assert.Equal(firstRow, violation.FirstRows[0].ToString());
        Assert.Contains($"{rule}: {count:N0} — ", error.Message);
    }

    [Fact]
    public void The_fixture_is_valid_and_loads_every_row()
    {
        using var folder = new TempFolder();
        using var sql = HandoffFixture.Load(folder.Path);
        Assert.Equal((2L, 4L, 2L, 6L), (
            sql.Connection.Scalar<long>("SELECT count(*) FROM handoffs"), sql.Connection.Scalar<long>("SELECT count(*) FROM agent_turns"),
            sql.Connection.Scalar<long>("SELECT count(*) FROM human_only"), sql.Connection.Scalar<long>("SELECT count(*) FROM surveys")));
        Assert.Equal("As I said: charged twice, <b>again</b>", sql.Connection.Scalar<string>("SELECT text FROM agent_turns WHERE turn_index = 8"));
    }

    [Fact]
    public void The_simulated_files_pass_every_rule()
    {
        using var folder = new TempFolder();
        var dataset = BlindSpot.Simulation.DatasetWriter.Write(new BlindSpot.Simulation.SimulationOptions { Sessions = 600, Seed = 5 }, folder.Path);
        using var sql = new SqlSession(SqlDirectory.At(RepoPaths.Of("sql")));
        sql.LoadTurns(dataset.TurnsParquet);
        var reports = HandoffData.Load(sql, dataset.Handoff!);
        Assert.All(reports, r => Assert.True(r.IsValid, r.ToString()));
        Assert.Equal(sql.Connection.Scalar<long>("SELECT count(*) FROM session_terminal WHERE terminal_event = 'handoff_requested'"),
            sql.Connection.Scalar<long>("SELECT count(*) FROM handoffs"));
    }

    [Fact]
    public void The_sql_schema_file_states_the_same_tables_as_the_code()
    {
        using var db = DuckDb.OpenInMemory();
        db.Execute(File.ReadAllText(RepoPaths.Of("sql", "handoff_schema.sql")));
        foreach (var table in HandoffSchema.Tables.Where(t => t != HandoffSchema.AgentTurns))
        {
            var described = db.Query($"SELECT column_name, column_type FROM (DESCRIBE {table.Name})");
            Assert.Equal(table.Columns.Select(c => $"{c.Name} {c.DuckDbType}"),
                Enumerable.Range(0, (int)described.Rows.Count).Select(i => $"{described["column_name"][i]} {described["column_type"][i]}"));
        }
    }
}
