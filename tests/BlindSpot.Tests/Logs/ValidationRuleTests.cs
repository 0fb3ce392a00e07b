using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

public class ValidationRuleTests
{
    public static TheoryData<string, List<string>, string, long, string> BrokenLogs => new()
    {
        { "turn_index not an integer", TurnLogFixture.Replace("A,3,", "A,three,2026-01-01 10:00:12,bot,,Answer,,false,"), "wrong_type", 1, "(A, three)" },
        { "ts not a timestamp", TurnLogFixture.Replace("B,2,", "B,2,yesterday,bot,,Sorry,,true,"), "wrong_type", 1, "(B, 2)" },
        { "sentiment not a number", TurnLogFixture.Replace("C,1,", "C,1,2026-01-02 09:00:00,user,cancellation,Cancel,very bad,,"), "wrong_type", 1, "(C, 1)" },
        { "bot_failure not a boolean", TurnLogFixture.Replace("C,2,", "C,2,2026-01-02 09:00:02,bot,,Done,,maybe,"), "wrong_type", 1, "(C, 2)" },
        { "speaker empty", TurnLogFixture.Replace("C,2,", "C,2,2026-01-02 09:00:02,,,Done,,false,"), "missing_value", 1, "(C, 2)" },
        { "empty session_id", TurnLogFixture.Replace("C,2,", ",2,2026-01-02 09:00:02,bot,,Done,,false,"), "empty_session_id", 1, "(NULL, 2)" },
        { "duplicate turn_index", TurnLogFixture.Replace("A,3,", "A,2,2026-01-01 10:00:12,bot,,Answer,,false,"), "duplicate_turn_index", 2, "(A, 2)" },
        { "gap in turn_index", TurnLogFixture.With(r => r.Where(x => !x.StartsWith("A,3,")).ToList()), "missing_turn_index", 1, "(A, 3)" },
        { "turn_index from 0", TurnLogFixture.Replace("C,1,", "C,0,2026-01-02 09:00:00,user,cancellation,Cancel,0,,"), "missing_turn_index", 2, "(C, 0)" },
        { "time going backwards", TurnLogFixture.Replace("A,3,", "A,3,2026-01-01 09:59:00,bot,,Answer,,false,"), "ts_backwards", 1, "(A, 3)" },
        { "sentiment above 1", TurnLogFixture.Replace("B,1,", "B,1,2026-01-01 11:00:00,user,order_status,Where?,1.5,,"), "sentiment_out_of_range", 1, "(B, 1)" },
        { "sentiment NaN", TurnLogFixture.Replace("B,1,", "B,1,2026-01-01 11:00:00,user,order_status,Where?,NaN,,"), "sentiment_out_of_range", 1, "(B, 1)" },
        { "unknown speaker", TurnLogFixture.Replace("C,2,", "C,2,2026-01-02 09:00:02,robot,,Done,,false,"), "unknown_speaker", 1, "(C, 2)" },
        { "unknown event", TurnLogFixture.Replace("C,2,", "C,2,2026-01-02 09:00:02,bot,,Done,,false,hung_up"), "unknown_event", 1, "(C, 2)" },
        { "rows after the user left", TurnLogFixture.With(r => [.. r.Take(7), "B,4,2026-01-01 11:02:00,bot,,Still there?,,false,", .. r.Skip(7)]), "rows_after_end", 1, "(B, 4)" },
    };

    [Theory]
    [MemberData(nameof(BrokenLogs))]
    public void Each_rule_names_itself_its_count_and_the_first_offending_row(string _, List<string> rows, string rule, long count, string firstRow)
    {
        using var folder = new TempFolder();
        var path = TurnLogFixture.Write(folder.File("turns.csv"), rows);
        using var db = DuckDb.OpenInMemory();

        var error = Assert.Throws<TurnLogValidationException>(() => TurnLogValidator.Import(db, path));

        var violation = Assert.Single(error.Report.Violations, v => v.Rule == rule && v.Count == count);
        Assert.Equal(firstRow, violation.FirstRows[0].ToString());
        Assert.Contains($"{rule}: {count:N0} — ", error.Message);
        Assert.Contains(firstRow, error.Message);
        Assert.Equal(error.Report.InputRows, error.Report.ValidRows + error.Report.RejectedRows);
        Assert.Equal(rows.Count, error.Report.InputRows);
    }

    [Fact]
    public void A_missing_column_rejects_every_row_and_names_the_column()
    {
        using var folder = new TempFolder();
        var path = TurnLogFixture.Write(folder.File("turns.csv"), ["A,1,2026-01-01 10:00:00,bot,,Hi,false,"],
            header: "session_id,turn_index,ts,speaker,intent,text,bot_failure,event");
        using var db = DuckDb.OpenInMemory();

        var error = Assert.Throws<TurnLogValidationException>(() => TurnLogValidator.Import(db, path));

        var violation = Assert.Single(error.Report.Violations);
        Assert.Equal("missing_column", violation.Rule);
        Assert.Contains("sentiment", violation.Description);
        Assert.Equal("(A, 1)", violation.FirstRows[0].ToString());
        Assert.Equal((1L, 0L, 1L), (error.Report.InputRows, error.Report.ValidRows, error.Report.RejectedRows));
    }

    [Fact]
    public void A_wrong_type_in_parquet_is_caught_too()
    {
        using var folder = new TempFolder();
        var parquet = folder.File("turns.parquet");
        using var db = DuckDb.OpenInMemory();
        db.Execute($"COPY (SELECT 'A' AS session_id, 'one' AS turn_index, TIMESTAMP '2026-01-01 10:00:00' AS ts, 'user' AS speaker, " +
                   $"'billing' AS intent, 'hi' AS text, 0.5 AS sentiment, NULL::BOOLEAN AS bot_failure, NULL::VARCHAR AS event) TO {DuckDb.Literal(parquet)} (FORMAT parquet)");

        var report = TurnLogValidator.Validate(db, parquet);

        var violation = Assert.Single(report.Violations, v => v.Rule == "wrong_type");
        Assert.Equal("turn_index is not a INTEGER", violation.Description);
        Assert.Equal("(A, one)", violation.FirstRows[0].ToString());
    }

    [Theory]
    [InlineData("session_id, turn_index, ts, speaker, intent, text, sentiment, bot_failure, event, channel")]
    [InlineData("channel, event, bot_failure, sentiment, text, intent, speaker, ts, turn_index, session_id")]
    public void A_typed_parquet_log_loads_in_the_contracts_column_order_and_leaves_no_work_table(string fileOrder)
    {
        using var folder = new TempFolder();
        using var db = DuckDb.OpenInMemory();
        var parquet = TypedParquet(folder, db, $"SELECT {fileOrder} FROM (SELECT *, 'web' AS channel FROM turns)");
        var csv = folder.File("turns.csv");

        // twice into one database: the second load replaces the first
        TurnLogValidator.Import(db, parquet, "loaded");
        var report = TurnLogValidator.Import(db, parquet, "loaded");

        Assert.Equal((9L, 9L), (report.InputRows, report.ValidRows));
        Assert.Equal(TurnLogFingerprint.Of(csv), TurnLogFingerprint.Of(parquet));
        Assert.Equal(TurnLogFingerprint.Of(parquet), report.Fingerprint);
        Assert.Equal([.. TurnLogSchema.ColumnNames, "channel"], db.ColumnsOf("loaded"));
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM (SELECT * FROM turns EXCEPT ALL SELECT * EXCLUDE (channel) FROM loaded)"));
        Assert.Equal(["loaded", "turns"], db.Query("SELECT table_name FROM information_schema.tables ORDER BY 1").Columns[0].Cast<string>().ToList());
        // a clean CSV with the contract's header is read typed, so its scan fingerprints it as well, to the same value
        Assert.Equal(TurnLogFingerprint.Of(csv), TurnLogValidator.Validate(db, csv).Fingerprint);
    }

    [Theory]
    [InlineData("turn_index", "NULL::INTEGER", "missing_value", "(A, NULL)")]
    [InlineData("ts", "NULL::TIMESTAMP", "missing_value", "(A, 2)")]
    [InlineData("speaker", "NULL::VARCHAR", "missing_value", "(A, 2)")]
    [InlineData("session_id", "'\u3000'", "empty_session_id", "(\u3000, 2)")]
    public void A_typed_parquet_log_with_an_empty_value_is_caught(string column, string value, string rule, string firstRow)
    {
        using var folder = new TempFolder();
        using var db = DuckDb.OpenInMemory();
        var parquet = TypedParquet(folder, db, $"SELECT * REPLACE (CASE WHEN session_id = 'A' AND turn_index = 2 THEN {value} ELSE {column} END AS {column}) FROM turns");

        var report = TurnLogValidator.Validate(db, parquet);

        var violation = Assert.Single(report.Violations, v => v.Rule == rule);
        Assert.Equal(1, violation.Count);
        Assert.Equal(firstRow, violation.FirstRows[0].ToString());
    }

    [Fact]
    public void An_empty_bot_failure_in_a_typed_parquet_log_is_allowed()
    {
        using var folder = new TempFolder();
        using var db = DuckDb.OpenInMemory();
        var parquet = TypedParquet(folder, db, "SELECT * REPLACE (NULL::BOOLEAN AS bot_failure) FROM turns");

        Assert.True(TurnLogValidator.Validate(db, parquet).IsValid);
    }

    [Fact]
    public void An_empty_session_id_is_one_trim_leaves_empty_whatever_its_first_character()
    {
        // trim takes away Unicode spaces (U+00A0, U+3000) but not tabs; the rule skips trimming ids that begin with printable ASCII
        string[] ids = ["", " ", "   ", "\t", "\u00A0", "\u3000 ", " \u00A0x", "!", "~", "~ ", "A", " a", "\u00E9", "S0000001", "\u007F"];
        using var db = DuckDb.OpenInMemory();
        db.Execute("CREATE TABLE ids (session_id VARCHAR)");
        foreach (var id in ids) db.Execute("INSERT INTO ids VALUES (?)", id);
        var rule = Assert.Single(ValidationRules.RowRules(), r => r.Name == "empty_session_id");

        var flagged = db.Query($"SELECT session_id FROM ids WHERE {rule.RowCondition} ORDER BY session_id").Columns[0].Cast<string>().ToList();
        var empty = db.Query("SELECT session_id FROM ids WHERE trim(session_id) = '' ORDER BY session_id").Columns[0].Cast<string>().ToList();

        Assert.Equal(["", " ", "   ", "\u00A0", "\u3000 "], empty.Order(StringComparer.Ordinal));
        Assert.Equal(empty, flagged);
    }

    [Fact]
    public void Row_conditions_ask_of_a_text_copy_only_whether_it_is_null()
    {
        // the count of the row rules relies on it: for a column the file types, it stands in a cheap NULL-or-not for the text
        var conditions = ValidationRules.All().Select(r => r.RowCondition).OfType<string>().ToList();
        Assert.NotEmpty(conditions);
        foreach (var condition in conditions)
            Assert.DoesNotContain("_raw_", System.Text.RegularExpressions.Regex.Replace(condition, @"_raw_\w+\s+IS\s+(NOT\s+)?NULL\b", "…"));
    }

    [Fact]
    public void A_valid_log_loads_every_row_with_its_text_unchanged()
    {
        using var folder = new TempFolder();
        var path = TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.ValidRows());
        using var db = DuckDb.OpenInMemory();

        var report = TurnLogValidator.Import(db, path);

        Assert.True(report.IsValid, report.ToString());
        Assert.Equal((9L, 9L, 0L), (report.InputRows, report.ValidRows, report.RejectedRows));
        Assert.Equal(TurnLogFixture.TrickyText, db.Scalar<string>("SELECT text FROM turns WHERE session_id = 'A' AND turn_index = 2"));
        Assert.Equal("INTEGER", db.Scalar<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'turns' AND column_name = 'turn_index'"));
    }

    [Fact]
    public void Quarantine_splits_the_log_into_valid_sessions_and_rejected_rows_with_reasons()
    {
        using var folder = new TempFolder();
        var rows = TurnLogFixture.Replace("A,3,", "A,3,2026-01-01 09:59:00,bot,,Answer,,false,");
        var path = TurnLogFixture.Write(folder.File("turns.csv"), rows);
        var quarantine = Path.Combine(folder.Path, "quarantine");
        using var db = DuckDb.OpenInMemory();

        var report = TurnLogValidator.Import(db, path, "turns", quarantine);

        var rejectedCsv = Path.Combine(quarantine, "rejected.csv");
        var rejected = db.Scalar<long>($"SELECT count(*) FROM read_csv({DuckDb.Literal(rejectedCsv)}, header = true)");
        var loaded = db.Scalar<long>("SELECT count(*) FROM turns");
        Assert.Equal((4L, 5L), (rejected, loaded));
        Assert.Equal(report.InputRows, rejected + loaded);
        Assert.Equal("ts_backwards: ts must not go back in time within a session (listed: the earlier-stamped later turn)",
            db.Scalar<string>($"SELECT reject_reason FROM read_csv({DuckDb.Literal(rejectedCsv)}, header = true) WHERE turn_index = '3'"));
        Assert.StartsWith("session rejected: ts_backwards",
            db.Scalar<string>($"SELECT reject_reason FROM read_csv({DuckDb.Literal(rejectedCsv)}, header = true) WHERE turn_index = '1'"));
        Assert.Equal(TurnLogFixture.TrickyText,
            db.Scalar<string>($"SELECT text FROM read_csv({DuckDb.Literal(rejectedCsv)}, header = true) WHERE turn_index = '2'"));
    }

    [Fact]
    public void Extra_columns_are_carried_through()
    {
        using var folder = new TempFolder();
        var rows = TurnLogFixture.ValidRows().Select((r, i) => r + $",channel{i}").ToList();
        var path = TurnLogFixture.Write(folder.File("turns.csv"), rows, TurnLogFixture.Header + ",channel");
        using var db = DuckDb.OpenInMemory();

        TurnLogValidator.Import(db, path);

        Assert.Equal("channel4", db.Scalar<string>("SELECT channel FROM turns WHERE session_id = 'B' AND turn_index = 1"));
    }

    [Fact]
    public void The_committed_default_data_set_is_valid()
    {
        using var db = DuckDb.OpenInMemory();
        var report = TurnLogValidator.Validate(db, RepoPaths.Of("data", "turns.csv"));
        Assert.True(report.IsValid, report.ToString());
    }

    /// <summary>
    /// The fixture's valid log loaded from turns.csv in <paramref name="folder"/> into table <c>turns</c>, then written
    /// through <paramref name="select"/> as turns.parquet: a Parquet log with the contract's types.
    /// </summary>
    private static string TypedParquet(TempFolder folder, DuckDB.NET.Data.DuckDBConnection db, string select)
    {
        TurnLogValidator.Import(db, TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.ValidRows()));
        var parquet = folder.File("turns.parquet");
        db.Execute($"COPY ({select}) TO {DuckDb.Literal(parquet)} (FORMAT parquet)");
        return parquet;
    }
}
