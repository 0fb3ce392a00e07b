using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

public class DamagedFileTests
{
    public static TheoryData<string> Names => new(DamagedFiles.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Valid_sessions_load_and_every_other_row_is_quarantined_or_the_file_is_refused_with_the_reason(string name)
    {
        var file = DamagedFiles.Named(name);
        using var folder = new TempFolder();
        var path = folder.File(file.FileName);
        file.Write(path);
        var quarantine = folder.File("quarantine");
        using var db = DuckDb.OpenInMemory();

        if (file.Expected.Rows is null)
        {
            var error = Assert.Throws<TurnLogUnreadableException>(() => TurnLogValidator.Import(db, path, "turns", quarantine));
            Assert.Equal($"{path}: {file.Expected.Message}", error.Message);
            Assert.False(Directory.Exists(quarantine));
            return;
        }
        var report = TurnLogValidator.Import(db, path, "turns", quarantine);

        Assert.Equal(file.Expected.Rows, new RowAccount(report.InputRows, report.ValidRows, report.RejectedRows));
        Assert.Equal(report.InputRows, report.ValidRows + report.RejectedRows);
        Assert.Equal(file.Expected.Message, report.Violations.Count == 0 ? "" : report.Violations[0].ToString());
        Assert.Equal(file.Expected.ValidSessions, Strings(db, "SELECT DISTINCT session_id FROM turns ORDER BY 1"));
        Assert.Equal(report.ValidRows, db.Scalar<long>("SELECT count(*) FROM turns"));
        Assert.Equal(report.RejectedRows, db.Scalar<long>($"SELECT count(*) FROM {RejectedCsv(quarantine)}"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_second_run_writes_the_same_rejected_csv_bytes(string name)
    {
        var file = DamagedFiles.Named(name);
        if (file.Expected.Rows is null) return;
        using var folder = new TempFolder();
        var path = folder.File(file.FileName);
        file.Write(path);
        foreach (var run in new[] { "first", "second" })
        {
            using var db = DuckDb.OpenInMemory();
            TurnLogValidator.Import(db, path, "turns", folder.File(run));
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.File("first"), "rejected.csv")), File.ReadAllBytes(Path.Combine(folder.File("second"), "rejected.csv")));
    }

    [Fact]
    public void A_damaged_line_is_quarantined_with_its_line_raw_text_and_reason_and_its_session_follows_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("turns.csv");
        DamagedFiles.Named("CSV cut off inside a quoted text").Write(path);
        var quarantine = folder.File("quarantine");
        using var db = DuckDb.OpenInMemory();

        TurnLogValidator.Import(db, path, "turns", quarantine);

        var rows = Strings(db, $"SELECT concat_ws(' | ', input_row, input_line, session_id, coalesce(turn_index, '-'), reject_reason, coalesce(raw_line, '-')) FROM {RejectedCsv(quarantine)}");
        Assert.Equal(
        [
            "8 | 10 | C | 1 | session rejected: malformed_line: a line of the session is not a well-formed CSV row | -",
            "9 | 11 | C | - | malformed_line: the file ends inside a quoted field: it looks cut off here; export the log again | C,2,2026-01-02 09:00:02,bot,,\"Do",
        ], rows);
    }

    [Theory]
    [InlineData("CSV with CRLF line endings")]
    [InlineData("CSV with mixed line endings")]
    [InlineData("CSV with a byte-order mark")]
    public void Line_endings_and_a_byte_order_mark_change_no_value(string name)
    {
        using var folder = new TempFolder();
        var path = folder.File("turns.csv");
        DamagedFiles.Named(name).Write(path);
        using var db = DuckDb.OpenInMemory();
        TurnLogValidator.Import(db, TurnLogFixture.Write(folder.File("clean.csv"), TurnLogFixture.ValidRows()), "clean");

        TurnLogValidator.Import(db, path, "turns");

        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM (SELECT * FROM turns EXCEPT ALL SELECT * FROM clean)"));
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM (SELECT * FROM clean EXCEPT ALL SELECT * FROM turns)"));
        Assert.Equal(TurnLogFixture.TrickyText, db.Scalar<string>("SELECT text FROM turns WHERE session_id = 'A' AND turn_index = 2"));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_text_is_kept_as_text()
    {
        using var folder = new TempFolder();
        var path = folder.File("turns.csv");
        DamagedFiles.Named("CSV quote inside an unquoted text").Write(path);
        using var db = DuckDb.OpenInMemory();

        TurnLogValidator.Import(db, path);

        Assert.Equal("So\"rry", db.Scalar<string>("SELECT text FROM turns WHERE session_id = 'B' AND turn_index = 2"));
    }

    private static string RejectedCsv(string quarantine) =>
        $"read_csv({DuckDb.Literal(Path.Combine(quarantine, "rejected.csv"))}, header = true, all_varchar = true)";

    private static List<string> Strings(DuckDB.NET.Data.DuckDBConnection db, string sql)
    {
        var values = new List<string>();
        using var cmd = db.CreateCommand(sql);
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
