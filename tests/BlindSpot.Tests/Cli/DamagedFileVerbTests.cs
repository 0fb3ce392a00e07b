using BlindSpot.Core;
using BlindSpot.Simulation;
using BlindSpot.Tests.Logs;

namespace BlindSpot.Tests.Cli;

public class DamagedFileVerbTests
{
    public static TheoryData<string> Names => new(DamagedFiles.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_answers_a_damaged_file_with_its_exit_code_and_at_most_two_lines_and_keeps_every_valid_session(string name)
    {
        var file = DamagedFiles.Named(name);
        using var folder = new TempFolder();
        file.Write(folder.File(file.FileName));

        var result = CliProcess.Run(folder.Path, "validate", file.FileName, "--quarantine", "q");

        Assert.Equal(file.Expected.ExitCode, result.ExitCode);
        var lines = (result.Out + result.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.DoesNotContain("_bs_", result.Out + result.Error);
        Assert.DoesNotContain("DuckDB", result.Out + result.Error);
        if (file.Expected.Rows is not { } rows)
        {
            Assert.Equal([$"{file.FileName}: {file.Expected.Message}"], lines);
            Assert.False(Directory.Exists(folder.File("q")));
            return;
        }
        var headline = rows.Rejected == 0 && file.Expected.Message == ""
            ? $"{file.FileName}: valid turn log, {rows.Input:N0} rows."
            : $"{file.FileName}: invalid turn log: 1 rule(s) broken; {rows.Rejected:N0} of {rows.Input:N0} rows rejected (whole sessions), {rows.Valid:N0} valid.";
        var expected = new List<string> { $"{headline} Valid rows -> {Path.Combine("q", "valid.parquet")}; rejected rows with their reasons -> {Path.Combine("q", "rejected.csv")}." };
        if (file.Expected.Message != "") expected.Add("  " + file.Expected.Message);
        Assert.Equal(expected, lines);

        using var db = DuckDb.OpenInMemory();
        var valid = DuckDb.Literal(folder.File(Path.Combine("q", "valid.parquet")));
        Assert.Equal(rows.Valid, db.Scalar<long>($"SELECT count(*) FROM read_parquet({valid})"));
        Assert.Equal(string.Join(",", file.Expected.ValidSessions), db.Scalar<string>($"SELECT coalesce(string_agg(DISTINCT session_id, ',' ORDER BY session_id), '') FROM read_parquet({valid})"));
        Assert.Equal(rows.Rejected, db.Scalar<long>($"SELECT count(*) FROM read_csv({DuckDb.Literal(folder.File(Path.Combine("q", "rejected.csv")))}, header = true, all_varchar = true)"));
    }

    [Fact]
    public void A_simulated_log_cut_off_inside_a_quoted_text_imports_every_session_before_the_cut_and_quarantines_the_cut_one()
    {
        using var folder = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = 300, Seed = 11 }, folder.File("sim"));
        var bytes = File.ReadAllBytes(dataset.TurnsCsv);
        // Inside the last quoted text that starts past the middle of the file, a few bytes after its opening quote.
        var cut = bytes.AsSpan().LastIndexOf(",\""u8) + 6;
        Assert.True(cut > bytes.Length / 2);
        File.WriteAllBytes(folder.File("cut.csv"), bytes[..cut]);
        var complete = System.Text.Encoding.UTF8.GetString(bytes, 0, cut).Split('\n');
        var cutLine = complete.Length;
        var cutSession = complete[^1].Split(',')[0];
        var sessionsBefore = complete[1..^1].Select(l => l.Split(',')[0]).Where(s => s != cutSession).Distinct().Order(StringComparer.Ordinal).ToList();
        var rowsOfCutSession = complete[1..^1].Count(l => l.Split(',')[0] == cutSession) + 1;

        var result = CliProcess.Run(folder.Path, "validate", "cut.csv", "--quarantine", "q");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var input = complete.Length - 1;
        Assert.Equal(
            [
                $"cut.csv: invalid turn log: 1 rule(s) broken; {rowsOfCutSession:N0} of {input:N0} rows rejected (whole sessions), {input - rowsOfCutSession:N0} valid. " +
                $"Valid rows -> {Path.Combine("q", "valid.parquet")}; rejected rows with their reasons -> {Path.Combine("q", "rejected.csv")}.",
                $"  malformed_line: 1 — line {cutLine} (session {cutSession}): the file ends inside a quoted field: it looks cut off here; export the log again",
            ],
            result.Error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        using var db = DuckDb.OpenInMemory();
        var imported = db.Scalar<string>($"SELECT string_agg(DISTINCT session_id, ',' ORDER BY session_id) FROM read_parquet({DuckDb.Literal(folder.File(Path.Combine("q", "valid.parquet")))})");
        Assert.Equal(string.Join(",", sessionsBefore), imported);
    }

    [Fact]
    public void Verbose_adds_the_reader_s_own_message_without_the_statement_it_ran()
    {
        using var folder = new TempFolder();
        DamagedFiles.Named("Parquet cut off").Write(folder.File("turns.parquet"));

        var result = CliProcess.Run(folder.Path, "validate", "turns.parquet", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("turns.parquet: not a complete Parquet file (its footer is missing): it looks cut off; write it again", result.Error);
        Assert.Contains("DuckDB: Invalid Input Error: No magic bytes found at end of file", result.Error);
        Assert.DoesNotContain("_bs_", result.Error);
        Assert.DoesNotContain("CREATE", result.Error);
    }
}
