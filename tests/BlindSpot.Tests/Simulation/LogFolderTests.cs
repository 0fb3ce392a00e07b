using System.Security.Cryptography;
using BlindSpot.Simulation;

namespace BlindSpot.Tests.Simulation;

/// <summary>A team's log folder is only ever read; the simulator writes only where a log of its own, or none, is.</summary>
public class LogFolderTests
{
    /// <summary>Every file below the folder with its SHA-256: the folder's listing and bytes at once.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>A team's folder: the turn log of another seed as turns.csv, without the simulator's other files.</summary>
    private static TempFolder TeamFolder()
    {
        var team = new TempFolder();
        using var simulated = new TempFolder();
        var dataset = DatasetWriter.Write(new SimulationOptions { Seed = 7, Sessions = 120 }, simulated.Path);
        File.Copy(dataset.TurnsCsv, team.File("turns.csv"));
        return team;
    }

    [Fact]
    public void A_teams_log_is_opened_without_truth_and_nothing_is_written_beside_it()
    {
        using var team = TeamFolder();
        var before = Snapshot(team.Path);

        var log = LogFolder.Open(team.Path);

        Assert.False(log.IsSimulated);
        Assert.Null(log.Handoff);
        Assert.Equal(team.File("turns.csv"), log.Turns);
        Assert.StartsWith($"Log: {team.File("turns.csv")}\n120 sessions, ", log.Describe());
        Assert.EndsWith("\nNot simulated here (no latent truth); no human leg.", log.Describe());
        Assert.Equal(before, Snapshot(team.Path));
    }

    [Fact]
    public void The_simulator_refuses_a_folder_holding_a_log_it_did_not_write_and_leaves_it_as_it_was()
    {
        using var team = TeamFolder();
        var before = Snapshot(team.Path);

        var error = Assert.Throws<InvalidOperationException>(() => DatasetWriter.Write(new SimulationOptions(), team.Path));
        Assert.Equal($"{team.Path} holds a turn log the simulator did not write (turns.csv): nothing was written. " +
                     "The simulator writes only into a new or empty folder or over its own data set; choose another folder.", error.Message);
        Assert.Throws<InvalidOperationException>(() => DefaultDataset.Ensure(team.Path));
        Assert.Equal(before, Snapshot(team.Path));
    }

    [Fact]
    public void The_default_log_alone_gets_the_rest_of_its_data_set_beside_it_and_keeps_its_bytes()
    {
        using var data = new TempFolder();
        File.Copy(RepoPaths.Of("data", "turns.csv"), data.File("turns.csv"));
        var csvBefore = Snapshot(data.Path)["turns.csv"];

        var log = LogFolder.Open(data.Path);

        Assert.True(log.IsSimulated);
        Assert.NotNull(log.Handoff);
        Assert.Equal(csvBefore, Snapshot(data.Path)["turns.csv"]);
        Assert.Equal(DefaultDataset.TurnsCsvSha256, csvBefore);
        Assert.Equal(["agent_turns.parquet", "handoffs.parquet", "human_only.parquet", "simulation_truth.parquet", "surveys.parquet", "turns.csv", "turns.parquet"],
                     Snapshot(data.Path).Keys);
    }

    [Fact]
    public void An_empty_folder_gets_the_default_data_set_and_a_folder_without_a_log_is_an_error()
    {
        using var empty = new TempFolder();
        Assert.True(LogFolder.Open(empty.Path).IsSimulated);
        Assert.Equal(DefaultDataset.TurnsCsvSha256, Snapshot(empty.Path)["turns.csv"]);

        using var other = new TempFolder();
        File.WriteAllText(other.File("notes.txt"), "not a log");
        var error = Assert.Throws<FileNotFoundException>(() => LogFolder.Open(other.Path));
        Assert.Equal($"No turn log in {other.Path}: expected turns.parquet, turns.csv or a folder turns/ of Parquet files. Nothing was written there.", error.Message);
        Assert.Equal(["notes.txt"], Snapshot(other.Path).Keys);
    }
}
