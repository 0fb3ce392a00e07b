using BlindSpot.Testing;

namespace BlindSpot.Tests.Cli;

public class BenchVerbTests
{
    [Fact]
    public void Bench_at_a_tiny_size_prints_one_row_per_stage_and_size()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "60,90", "--work", "work", "--out", "bench.md");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "bench.md"));
        Assert.Equal("| stage | sessions | turns | wall time (s) | turns/s | peak memory (MiB) | ratio to peer |", lines[0]);
        var rows = lines.Skip(2).Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1..3]).Select(c => $"{c[0]}@{c[1]}").ToList();
        Assert.Equal(["simulate@60", "import@60", "features@60", "cv-nested@60", "cv@60", "audit@60", "simulate@90", "import@90", "features@90", "cv-nested@90", "cv@90", "audit@90"], rows);
        Assert.Equal(lines.Skip(2), result.Out.TrimEnd().Split('\n').Skip(2));
        Assert.True(File.Exists(Path.Combine(folder.Path, "work", "sessions-90", "features.parquet")));
    }

    [Fact]
    public void Bench_with_peers_runs_raw_duckdb_after_features_and_notes_a_missing_scikit_learn()
    {
        using var folder = new TempFolder();
        var result = ChildProcess.Run("dotnet", folder.Path,
            [Path.Combine(AppContext.BaseDirectory, "BlindSpot.Cli.dll"), "bench", "--sizes", "80", "--stages", "simulate,import,features,cv", "--peers", "--work", "work", "--out", "bench.md"],
            new Dictionary<string, string> { [BlindSpot.Cli.Bench.PythonPeer.EnvironmentVariable] = "/nonexistent/python3" });

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "bench.md"));
        var cells = lines.Skip(2).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1..^1]).ToList();
        Assert.Equal(["simulate", "import", "import-csv", "features", "import + features", "import-csv + features", "peer-duckdb", "peer-duckdb-csv", "cv"],
                     cells.Select(c => c[0]));
        double Seconds(string stage) => double.Parse(cells.Single(c => c[0] == stage)[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Round(Seconds("import") + Seconds("features"), 2), Seconds("import + features"), 2);
        var ratio = (Seconds("import") + Seconds("features")) / Seconds("peer-duckdb");
        Assert.Equal($"{ratio.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} × peer-duckdb", cells.Single(c => c[0] == "import + features")[6]);
        var csvRatio = (Seconds("import-csv") + Seconds("features")) / Seconds("peer-duckdb-csv");
        Assert.Equal($"{csvRatio.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} × peer-duckdb-csv", cells.Single(c => c[0] == "import-csv + features")[6]);
        Assert.Equal("", cells.Single(c => c[0] == "cv")[6]);
        Assert.Contains("peer-sklearn skipped: no Python 3 with scikit-learn and NumPy (tried /nonexistent/python3;", lines.Last());
        Assert.Contains("peer-sklearn skipped", result.Error);
        // the raw DuckDB features were checked against the features stage's file (a difference fails the stage)
        Assert.True(File.Exists(Path.Combine(folder.Path, "work", "sessions-80", "features-peer-duckdb.parquet")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "work", "sessions-80", "features-peer-duckdb-csv.parquet")));
    }

    [Fact]
    public void The_ratio_to_a_peer_is_our_time_over_the_peers_on_the_stage_it_replaces()
    {
        var table = BlindSpot.Cli.Bench.BenchRunner.Markdown(
        [
            new("cv", 1000, 8000, 6.0, 300),
            new("peer-sklearn (scikit-learn 1.2.1)", 1000, 8000, 12.0, 200),
            new("cv", 2000, 16000, 9.0, 400),
        ], ["a note"]);
        Assert.Equal(
            """
            | stage | sessions | turns | wall time (s) | turns/s | peak memory (MiB) | ratio to peer |
            |---|---:|---:|---:|---:|---:|---:|
            | cv | 1,000 | 8,000 | 6.00 | 1,333 | 300 | 0.50 × peer-sklearn |
            | peer-sklearn (scikit-learn 1.2.1) | 1,000 | 8,000 | 12.00 | 667 | 200 |  |
            | cv | 2,000 | 16,000 | 9.00 | 1,778 | 400 |  |

            a note

            """.ReplaceLineEndings("\n"), table.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Repeated_runs_report_the_median_the_spread_and_the_highest_peak()
    {
        BlindSpot.Cli.Bench.StageResult Run(string stage, double seconds, long peak) => new(stage, 1000, 8000, seconds, peak);
        var import = BlindSpot.Cli.Bench.StageResult.Median([Run("import", 5.0, 300), Run("import", 4.0, 320), Run("import", 7.0, 310)]);
        var features = BlindSpot.Cli.Bench.StageResult.Median([Run("features", 2.0, 400), Run("features", 3.0, 390)]);
        var peer = BlindSpot.Cli.Bench.StageResult.Median([Run("peer-duckdb", 6.0, 500), Run("peer-duckdb", 5.0, 510), Run("peer-duckdb", 5.5, 505)]);

        Assert.Equal((5.0, 4.0, 7.0, 320L, 3), (import.Seconds, import.FastestSeconds, import.SlowestSeconds, import.PeakMiB, import.Runs));
        Assert.Equal(2.5, features.Seconds);
        Assert.Equal(
            """
            | stage | sessions | turns | wall time (s), median | fastest – slowest (s) | turns/s | peak memory (MiB) | ratio to peer |
            |---|---:|---:|---:|---:|---:|---:|---:|
            | import | 1,000 | 8,000 | 5.00 | 4.00 – 7.00 | 1,600 | 320 |  |
            | features | 1,000 | 8,000 | 2.50 | 2.00 – 3.00 | 3,200 | 400 |  |
            | import + features | 1,000 | 8,000 | 7.50 |  | 1,067 | 400 | 1.36 × peer-duckdb |
            | peer-duckdb | 1,000 | 8,000 | 5.50 | 5.00 – 6.00 | 1,455 | 510 |  |

            """.ReplaceLineEndings("\n"), BlindSpot.Cli.Bench.BenchRunner.Markdown([import, features, peer]).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Bench_with_repeats_runs_the_stages_in_rounds_and_simulates_once()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "50", "--stages", "simulate,import,features", "--repeat", "3", "--work", "work", "--out", "bench.md");

        Assert.True(result.ExitCode == 0, result.Error);
        var started = result.Error.Split('\n').Where(l => l.EndsWith('…')).Select(l => l["bench: ".Length..^1]).ToList();
        Assert.Equal(
            ["simulate at 50 sessions (round 1 of 3)", "import at 50 sessions (round 1 of 3)", "features at 50 sessions (round 1 of 3)",
             "import at 50 sessions (round 2 of 3)", "features at 50 sessions (round 2 of 3)",
             "import at 50 sessions (round 3 of 3)", "features at 50 sessions (round 3 of 3)"], started);
        var cells = File.ReadAllLines(Path.Combine(folder.Path, "bench.md")).Skip(2).Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1..^1]).ToList();
        Assert.Equal(["simulate", "import", "features"], cells.Select(c => c[0]));
        Assert.Equal("", cells[0][4]); // simulated once: no spread
        Assert.Matches(@"^\d+\.\d\d – \d+\.\d\d$", cells[1][4]);
    }

    [Theory]
    [InlineData("--stages", "simulate,teleport", "unknown stage(s) teleport")]
    [InlineData("--repeat", "0", "--repeat must be at least 1")]
    public void Bench_refuses_an_unknown_stage_or_fewer_than_one_run(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "30", option, value);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
