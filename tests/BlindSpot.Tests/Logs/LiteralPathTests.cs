using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// A path a user gives is the file it names: DuckDB's readers expand <c>*</c>, <c>?</c> and <c>[…]</c>, so a log named
/// with one of them, beside a file the pattern would also match, must be read alone, with its own rows.
/// </summary>
public class LiteralPathTests
{
    [Theory]
    [InlineData("turns[1]", "turns1")]
    [InlineData("turns*", "turnsX")]
    [InlineData("turns?", "turnsA")]
    [InlineData("[t]urns", "turns")]
    public void A_log_whose_name_holds_a_pattern_character_is_read_as_itself(string name, string decoy)
    {
        using var folder = new TempFolder();
        var rows = TurnLogFixture.ValidRows();
        foreach (var format in new[] { "csv", "parquet" })
        {
            var path = folder.File($"{name}.{format}");
            var other = folder.File($"{decoy}.{format}");
            WriteLog(folder, path, rows, format);
            WriteLog(folder, other, [.. rows, "Z,1,2026-01-05 10:00:00,user,billing,Hi,0.1,,"], format);
            using var db = DuckDb.OpenInMemory();

            var report = TurnLogValidator.Import(db, path);

            Assert.Equal(rows.Count, report.InputRows);
            Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM turns WHERE session_id = 'Z'"));
        }
    }

    private static void WriteLog(TempFolder folder, string path, List<string> rows, string format)
    {
        if (format == "csv")
        {
            TurnLogFixture.Write(path, rows);
            return;
        }
        var csv = folder.File(Guid.NewGuid().ToString("N") + ".csv");
        TurnLogFixture.Write(csv, rows);
        using var db = DuckDb.OpenInMemory();
        db.Execute($"COPY (SELECT * FROM {TurnLogCsv.ReadAllVarcharCall(csv)}) TO {DuckDb.Literal(path)} (FORMAT parquet)");
    }

    [Fact]
    public void A_folder_of_parquet_files_whose_name_holds_a_pattern_character_is_read_as_itself()
    {
        using var folder = new TempFolder();
        var rows = TurnLogFixture.ValidRows();
        Directory.CreateDirectory(folder.File("log[1]"));
        Directory.CreateDirectory(folder.File("log1"));
        WriteLog(folder, folder.File("log[1]/part-0.parquet"), rows, "parquet");
        WriteLog(folder, folder.File("log1/part-0.parquet"), [.. rows, "Z,1,2026-01-05 10:00:00,user,billing,Hi,0.1,,"], "parquet");
        using var db = DuckDb.OpenInMemory();

        var report = TurnLogValidator.Import(db, folder.File("log[1]"));

        Assert.Equal(rows.Count, report.InputRows);
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM turns WHERE session_id = 'Z'"));
    }
}
