using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// A clean CSV with the contract's header is read by DuckDB straight into the contract's types; anything else, and any
/// log that breaks a rule, goes through the strict copy, so what is reported and quarantined does not change.
/// </summary>
public class ContractCsvTests
{
    [Fact]
    public void A_clean_csv_loads_as_typed_as_its_parquet_copy_with_the_same_rows_and_fingerprint()
    {
        using var folder = new TempFolder();
        var csv = TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.ValidRows());
        var parquet = folder.File("turns.parquet");
        using (var copy = DuckDb.OpenInMemory())
            copy.Execute($"COPY (SELECT * FROM {TurnLogCsv.ReadCsvCall(csv)}) TO {DuckDb.Literal(parquet)} (FORMAT parquet)");

        using var fromCsv = DuckDb.OpenInMemory();
        var csvReport = TurnLogValidator.Import(fromCsv, csv, "turns");
        using var fromParquet = DuckDb.OpenInMemory();
        var parquetReport = TurnLogValidator.Import(fromParquet, parquet, "turns");

        Assert.True(csvReport.IsValid);
        Assert.Equal(9, csvReport.InputRows);
        // the scan fingerprinted the typed rows, as it does a typed Parquet file, and the value is the file's own
        Assert.NotNull(csvReport.Fingerprint);
        Assert.Equal(parquetReport.Fingerprint, csvReport.Fingerprint);
        Assert.Equal(TurnLogFingerprint.Of(csv), csvReport.Fingerprint);
        Assert.Equal(fromParquet.ColumnsOf("turns"), fromCsv.ColumnsOf("turns"));
        Assert.Equal(TurnLogFixture.TrickyText, fromCsv.Scalar<string>("SELECT text FROM turns WHERE session_id = 'A' AND turn_index = 2"));
        Assert.Equal(0L, fromCsv.Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '_bs_%'"));
    }

    [Fact]
    public void A_clean_csv_that_breaks_a_rule_is_reported_with_its_line_as_before()
    {
        using var folder = new TempFolder();
        var csv = TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.Replace("B,2,", "B,2,2026-01-01 11:00:05,bot,,Sorry,,true,bogus_event"));
        using var db = DuckDb.OpenInMemory();
        var report = TurnLogValidator.Import(db, csv, "turns", folder.File("quarantine"));

        Assert.False(report.IsValid);
        Assert.Equal(3, report.RejectedRows);
        var rejected = File.ReadAllLines(Path.Combine(folder.File("quarantine"), "rejected.csv"));
        Assert.StartsWith("input_row,input_line,", rejected[0]);
        Assert.StartsWith("6,8,B,", rejected.Single(l => l.Contains("bogus_event")));
    }

    [Fact]
    public void A_timestamp_in_another_format_takes_the_copy_and_is_still_read()
    {
        using var folder = new TempFolder();
        var rows = TurnLogFixture.ValidRows().Select(r => r.Replace("2026-01-02 09:00:00", "2026-01-02T09:00:00")).ToList();
        var csv = TurnLogFixture.Write(folder.File("turns.csv"), rows);
        using var db = DuckDb.OpenInMemory();
        var report = TurnLogValidator.Import(db, csv, "turns");
        Assert.True(report.IsValid, report.ToString());
        Assert.Equal(9L, db.Scalar<long>("SELECT count(*) FROM turns"));
    }
}
