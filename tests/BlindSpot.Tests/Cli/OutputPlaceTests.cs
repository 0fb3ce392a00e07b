using System.Security.Cryptography;
using BlindSpot.Core;
using BlindSpot.Simulation;
using BlindSpot.Simulation.Export;

namespace BlindSpot.Tests.Cli;

/// <summary>
/// One rule for "inside": an output path, with its symbolic links followed, is refused when it lies inside what the user
/// gave to be read. Each hostile case ends with exit 1, the rule's message, and every input file as it was.
/// </summary>
public class OutputPlaceTests
{
    private static SortedDictionary<string, string> Hashes(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>The verb exits 1 with <paramref name="message"/>, and every file under <paramref name="watched"/> is as it was.</summary>
    private static void AssertRefused(string workingDirectory, string[] args, string message, string watched)
    {
        var before = Hashes(watched);

        var result = CliProcess.Run(workingDirectory, args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal(before, Hashes(watched));
    }

    [Fact]
    public void A_name_starting_with_two_dots_is_inside_and_links_are_followed()
    {
        using var folder = new TempFolder();
        var log = Directory.CreateDirectory(folder.File("log")).FullName;
        Directory.CreateDirectory(folder.File("log/sub"));
        Directory.CreateSymbolicLink(folder.File("into-log"), log);
        Directory.CreateSymbolicLink(folder.File("into-sub"), folder.File("log/sub"));

        Assert.True(OutputPlace.IsInside(Path.Combine(log, "..x"), log));
        Assert.True(OutputPlace.IsInside(folder.File("into-sub"), log));
        Assert.True(OutputPlace.IsInside(folder.File("into-log/new/out"), log));
        Assert.True(OutputPlace.IsInside(folder.File("out"), folder.File("into-log/..")));
        Assert.False(OutputPlace.IsInside(folder.File("log-2/out"), log));
        Assert.False(OutputPlace.IsInside(Path.Combine(log, ".."), log));
    }

    public static TheoryData<string, string[], string> ImportCases => new()
    {
        { "the output inside the export", ["--out", "fx/export/log/turns.parquet"], "the output fx/export/log/turns.parquet lies inside the export folder" },
        { "the quarantine is the export", ["--out", "log/turns.parquet", "--quarantine", "fx/export"], "the quarantine fx/export lies inside the export folder" },
        { "the output under a link to the export", ["--out", "link/log/turns.parquet"], "the output link/log/turns.parquet lies inside the export folder" },
        { "a spill file in the export", ["--out", "log/turns.parquet", "--database", "fx/export/work.duckdb"], "the database file fx/export/work.duckdb lies inside the export folder" },
    };

    [Theory]
    [MemberData(nameof(ImportCases))]
    public void Import_writes_nothing_inside_the_export(string _, string[] args, string message)
    {
        using var folder = new TempFolder();
        WebchatFixture.Write(new WebchatFixtureOptions { Conversations = 10, Seed = 1 }, folder.File("fx"));
        Directory.CreateSymbolicLink(folder.File("link"), folder.File("fx/export"));
        AssertRefused(folder.Path, ["import", "fx/export", "--mapping", "fx/mapping.json", "--keep-ids", .. args], message, folder.File("fx"));
    }

    public static TheoryData<string, string[], string> ReproduceCases => new()
    {
        { "the site in the log folder", ["--data", "team", "--output-path", "run", "--html", "team"], "the site folder team lies inside the log folder team" },
        { "the output under a link into the log", ["--data", "team", "--output-path", "into-team/run"], "is inside the log folder" },
        { "the log given as a link", ["--data", "team-link", "--output-path", "team/run"], "is inside the log folder" },
        { "a name that starts with two dots", ["--data", "team", "--output-path", "team/..x"], "is inside the log folder" },
    };

    [Theory]
    [MemberData(nameof(ReproduceCases))]
    public void Reproduce_writes_nothing_inside_the_log_folder(string _, string[] args, string message)
    {
        using var folder = new TempFolder();
        DatasetWriter.Write(new SimulationOptions { Sessions = 30, Seed = 3 }, folder.File("sim"));
        Directory.CreateDirectory(folder.File("team"));
        File.Copy(folder.File("sim/turns.csv"), folder.File("team/turns.csv"));
        Directory.CreateSymbolicLink(folder.File("into-team"), folder.File("team"));
        Directory.CreateSymbolicLink(folder.File("team-link"), folder.File("team"));
        AssertRefused(folder.Path, ["reproduce", "--notebooks", RepoPaths.Of("notebooks"), .. args], message, folder.File("team"));
        Assert.Equal(["turns.csv"], Directory.EnumerateFileSystemEntries(folder.File("team")).Select(Path.GetFileName));
    }

    /// <summary>A log as a folder of Parquet files (what a later read would pick up if anything were written into it) and as one CSV file.</summary>
    private static void WriteLogs(TempFolder folder)
    {
        BlindSpot.Tests.Logs.TurnLogFixture.Write(folder.File("log.csv"), BlindSpot.Tests.Logs.TurnLogFixture.ValidRows());
        Directory.CreateDirectory(folder.File("logdir"));
        using var db = DuckDb.OpenInMemory();
        db.Execute($"COPY (SELECT * FROM read_csv({DuckDb.Literal(folder.File("log.csv"))})) TO {DuckDb.Literal(folder.File("logdir/part-0.parquet"))} (FORMAT parquet)");
        Directory.CreateSymbolicLink(folder.File("into-logdir"), folder.File("logdir"));
        File.WriteAllText(folder.File("notes.parquet"), "a user's own file, not Parquet at all\n");
    }

    public static TheoryData<string, string[], string> ValidateAndFeaturesCases => new()
    {
        { "validate: the quarantine inside the log folder", ["validate", "logdir", "--quarantine", "logdir/q"], "the quarantine logdir/q lies inside the log folder logdir" },
        { "validate: the quarantine under a link to the log folder", ["validate", "logdir", "--quarantine", "into-logdir/q"], "the quarantine into-logdir/q lies inside the log folder logdir" },
        { "validate: a spill file in the log folder", ["validate", "logdir", "--database", "logdir/work.duckdb"], "the database file logdir/work.duckdb lies inside the log folder logdir" },
        { "features: the output in the log folder", ["features", "logdir", "--out", "logdir/features.parquet"], "the feature file logdir/features.parquet lies inside the log folder logdir" },
        { "features: the output is the log", ["features", "log.csv", "--out", "log.csv"], "the feature file log.csv lies inside the log log.csv" },
        { "features: a spill file in the log folder", ["features", "logdir", "--out", "f.parquet", "--database", "into-logdir/w.duckdb"], "the database file into-logdir/w.duckdb lies inside the log folder logdir" },
        { "features: a file of the user's own", ["features", "log.csv", "--out", "notes.parquet"], "notes.parquet exists and is not a feature file written by blindspot features: give a new name (nothing is written over)" },
    };

    [Theory]
    [MemberData(nameof(ValidateAndFeaturesCases))]
    public void Validate_and_features_write_nothing_inside_the_log_nor_over_a_users_file(string _, string[] args, string message)
    {
        using var folder = new TempFolder();
        WriteLogs(folder);
        AssertRefused(folder.Path, args, message, folder.Path);
    }

    [Fact]
    public void Features_rerun_replaces_its_own_file_and_leaves_the_log_as_it_was()
    {
        using var folder = new TempFolder();
        WriteLogs(folder);
        var log = Hashes(folder.File("logdir"));

        var first = CliProcess.Run(folder.Path, "features", "logdir", "--out", "out/features.parquet");
        var again = CliProcess.Run(folder.Path, "features", "logdir", "--out", "out/features.parquet");

        Assert.Equal((0, 0), (first.ExitCode, again.ExitCode));
        Assert.True(BlindSpot.Sql.FeatureFileMark.IsOn(folder.File("out/features.parquet")));
        Assert.False(BlindSpot.Sql.FeatureFileMark.IsOn(folder.File("logdir/part-0.parquet")));
        Assert.Equal(log, Hashes(folder.File("logdir")));
    }

    [Fact]
    public void Run_never_writes_an_executed_copy_over_the_notebook_it_runs()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("nb"));
        File.WriteAllText(folder.File("nb/01-x.ipynb"), """{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        Directory.CreateSymbolicLink(folder.File("nb-link"), folder.File("nb"));
        var before = Hashes(folder.Path);

        var same = CliProcess.Run(folder.Path, "run", "nb/01-x.ipynb", "--output-path", "nb");
        var linked = CliProcess.Run(folder.Path, "run", "nb/01-x.ipynb", "--output-path", "nb-link");

        Assert.Equal((1, 1), (same.ExitCode, linked.ExitCode));
        Assert.Contains("--output nb would write the executed 01-x.ipynb over the notebook nb/01-x.ipynb: choose another folder, or give --in-place to replace it on purpose", same.Error);
        Assert.Contains("--output nb-link would write the executed 01-x.ipynb over the notebook nb/01-x.ipynb", linked.Error);
        Assert.Equal(before, Hashes(folder.Path));
    }
}
