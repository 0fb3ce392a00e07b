using BlindSpot.Cli.Commands;
using BlindSpot.Core;

namespace BlindSpot.Tests.Cli;

/// <summary>--memory-limit and --database on the verbs that load a log.</summary>
public class MemoryOptionTests
{
    [Fact]
    public void Features_with_a_database_file_writes_the_features_and_leaves_no_database_behind()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "features", RepoPaths.Of("data", "turns.csv"), "--out", "features.parquet",
                                    "--database", "work.duckdb", "--memory-limit", "2GB");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1,250 sessions' features", result.Out);
        Assert.True(File.Exists(folder.File("features.parquet")));
        Assert.Equal(["features.parquet"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Features_gives_the_same_file_in_memory_and_on_a_database_file()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliProcess.Run(folder.Path, "features", RepoPaths.Of("data", "turns.csv"), "--out", "memory.parquet").ExitCode);
        Assert.Equal(0, CliProcess.Run(folder.Path, "features", RepoPaths.Of("data", "turns.csv"), "--out", "file.parquet", "--database", "w.duckdb").ExitCode);
        Assert.Empty(BlindSpot.Cli.Postgres.FeatureParity.Differences(folder.File("memory.parquet"), folder.File("file.parquet")));
    }

    [Fact]
    public void Import_with_a_database_file_imports_the_export_and_leaves_no_database_behind()
    {
        using var folder = new TempFolder();
        BlindSpot.Tests.Logs.WebchatExport.Write(RepoPaths.Of("data", "turns.csv"), folder.File("webchat"));
        File.WriteAllText(folder.File("map.json"), BlindSpot.Tests.Logs.WebchatExport.Mapping);
        var result = CliProcess.Run(folder.Path, "import", "webchat", "--mapping", "map.json", "--out", "turns.parquet",
                                    "--database", "import.duckdb", "--memory-limit", "2GB", "--keep-ids");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(folder.File("turns.parquet")));
        // the log and, since the export has agent messages, its human leg beside it; no database file
        Assert.Equal(["agent_turns.parquet", "handoffs.parquet", "human_only.parquet", "map.json", "surveys.parquet", "turns.parquet", "webchat"],
            Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("features")]
    [InlineData("bench")]
    public void A_memory_limit_DuckDB_would_not_read_exits_1_with_the_reason(string verb)
    {
        using var folder = new TempFolder();
        string[] args = verb == "features"
            ? ["features", RepoPaths.Of("data", "turns.csv"), "--out", "f.parquet", "--memory-limit", "lots"]
            : ["bench", "--sizes", "50", "--memory-limit", "lots"];
        var result = CliProcess.Run(folder.Path, args);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Memory limit 'lots' is not a size such as 512MB or 4GB.", result.Error);
        Assert.False(File.Exists(folder.File("f.parquet")));
    }

    [Fact]
    public void Bench_gives_its_stages_the_memory_limit_and_database_file_and_deletes_the_file()
    {
        using var folder = new TempFolder();
        var result = CliProcess.Run(folder.Path, "bench", "--sizes", "60", "--stages", "simulate,import,features", "--work", "work",
                                    "--memory-limit", "2GB", "--database", "bench.duckdb");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(folder.Path, "work", "sessions-60", "features.parquet")));
        Assert.False(File.Exists(folder.File("bench.duckdb")));
        Assert.Equal(["--memory-limit=2GB", $"--database={folder.File("bench.duckdb")}"],
                     BlindSpot.Cli.Bench.BenchRunner.ChildOptions(new DuckDbOptions(folder.File("bench.duckdb"), "2GB")));
    }

    [Fact]
    public void Run_and_reproduce_pass_the_options_to_the_notebooks_as_memoryLimit_and_databasePath()
    {
        Assert.Equal([KeyValuePair.Create("memoryLimit", "4GB"), KeyValuePair.Create("databasePath", Path.GetFullPath("w.duckdb"))],
                     DuckDbCliOptions.AsParameters(new DuckDbOptions("w.duckdb", "4GB")));
        Assert.Empty(DuckDbCliOptions.AsParameters(new DuckDbOptions("", "")));
    }
}
