using BlindSpot.Core;
using BlindSpot.Tests.Logs;

namespace BlindSpot.Tests.Cli;

public class SimulateAndValidateVerbTests
{
    [Fact]
    public void Simulate_writes_the_three_files_and_validate_accepts_them()
    {
        using var folder = new TempFolder();
        var simulate = CliProcess.Run(folder.Path, "simulate", "--sessions", "50", "--seed", "3", "--out", "out");
        Assert.Equal(0, simulate.ExitCode);
        Assert.Contains("Wrote 50 sessions", simulate.Out);
        Assert.Contains("simulate: 50 / 50 sessions (100%)", simulate.Error);
        foreach (var file in new[] { "turns.csv", "turns.parquet", "simulation_truth.parquet" })
            Assert.True(File.Exists(Path.Combine(folder.Path, "out", file)), file);
        using var db = DuckDb.OpenInMemory();
        var simulatedTurns = db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDb.Literal(Path.Combine(folder.Path, "out", "turns.parquet"))})");

        var validate = CliProcess.Run(folder.Path, "validate", Path.Combine("out", "turns.parquet"));
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal($"{Path.Combine("out", "turns.parquet")}: valid turn log, {simulatedTurns:N0} rows.", validate.Out.TrimEnd());
        Assert.Equal("", validate.Error);

        var verbose = CliProcess.Run(folder.Path, "validate", Path.Combine("out", "turns.csv"), "--verbose");
        Assert.Equal(0, verbose.ExitCode);
        // the simulator's CSV has the contract's header and is read typed: the four wrong-type rules cannot break
        Assert.Contains("validate: counting 5 row rules in one scan", verbose.Error);
        Assert.Contains("validate: screening the session rules in one pass", verbose.Error);
        Assert.DoesNotContain("validate: rule ", verbose.Error);
    }

    [Fact]
    public void Invalid_options_exit_1_with_the_reason()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "simulate", "--sessions", "0");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Sessions must be at least 1", result.Error);
    }

    [Fact]
    public void Simulate_never_replaces_a_log_it_did_not_write_and_says_so_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("team"));
        File.WriteAllText(folder.File("team/turns.csv"), "a team's own log\n");

        var result = CliProcess.Run(folder.Path, "simulate", "--sessions", "10", "--out", "team");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("holds a turn log the simulator did not write (turns.csv): nothing was written", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("a team's own log\n", File.ReadAllText(folder.File("team/turns.csv")));
        Assert.Equal(["turns.csv"], Directory.EnumerateFileSystemEntries(folder.File("team")).Select(Path.GetFileName));
    }

    [Fact]
    public void Invalid_data_exits_2_with_or_without_a_quarantine_which_gets_both_files()
    {
        using var folder = new TempFolder();
        var path = TurnLogFixture.Write(folder.File("bad.csv"), TurnLogFixture.Replace("C,2,", "C,2,2026-01-02 09:00:02,robot,,Done,,false,"));

        var strict = CliProcess.Run(folder.Path, "validate", path);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("unknown_speaker: 1 — ", strict.Error);
        Assert.Contains("(C, 2)", strict.Error);

        var quarantined = CliProcess.Run(folder.Path, "validate", path, "--quarantine", "q");
        Assert.Equal(2, quarantined.ExitCode);
        Assert.StartsWith($"{path}: invalid turn log: 1 rule(s) broken; 2 of 9 rows rejected (whole sessions), 7 valid. Valid rows -> ", quarantined.Error);
        Assert.Equal("", quarantined.Out);
        Assert.True(File.Exists(Path.Combine(folder.Path, "q", "valid.parquet")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "q", "rejected.csv")));
    }

    [Fact]
    public void An_intent_mix_limits_the_intents_and_a_bad_one_is_refused()
    {
        using var folder = new TempFolder();
        var ok = CliProcess.Run(folder.Path, "simulate", "--sessions", "80", "--out", "out", "--intent-mix", "billing=1,order_status=1");
        Assert.Equal(0, ok.ExitCode);
        using var db = BlindSpot.Core.DuckDb.OpenInMemory();
        var intents = db.Scalar<string>($"SELECT string_agg(DISTINCT intent, ',' ORDER BY intent) FROM read_parquet({BlindSpot.Core.DuckDb.Literal(Path.Combine(folder.Path, "out", "turns.parquet"))})");
        Assert.Equal("billing,order_status", intents);

        var bad = CliProcess.Run(folder.Path, "simulate", "--sessions", "10", "--intent-mix", "weather=1");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("IntentMix names unknown intent 'weather'", bad.Error);
    }

    [Fact]
    public void A_missing_file_exits_1()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "validate", "nope.csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Turn log not found: nope.csv", result.Error);
    }

    [Fact]
    public void Validate_can_work_in_a_database_file_under_a_memory_limit_and_refuses_a_limit_that_is_no_size()
    {
        using var folder = new TempFolder();
        var path = TurnLogFixture.Write(folder.File("turns.csv"), TurnLogFixture.ValidRows());

        var onDisk = CliProcess.Run(folder.Path, "validate", path, "--database", "work.duckdb", "--memory-limit", "256MB");
        Assert.Equal(0, onDisk.ExitCode);
        Assert.Equal($"{path}: valid turn log, 9 rows.", onDisk.Out.TrimEnd());
        using (var db = DuckDb.OpenFile(folder.File("work.duckdb")))
            Assert.Equal(9L, db.Scalar<long>("SELECT count(*) FROM turns"));

        var noSize = CliProcess.Run(folder.Path, "validate", path, "--memory-limit", "lots");
        Assert.Equal(1, noSize.ExitCode);
        Assert.Contains("Memory limit 'lots' is not a size such as 512MB or 2GB.", noSize.Error);
    }
}
