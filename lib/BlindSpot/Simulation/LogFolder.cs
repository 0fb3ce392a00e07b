using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>
/// Opens the folder a notebook is pointed at. A team's log is only read: nothing is written into its folder, and a
/// missing derived file never regenerates it. Only a new or empty folder, or the simulator's own data set, is
/// simulated into (the committed <c>data/turns.csv</c> on a fresh clone gets its other files beside it).
/// </summary>
public static class LogFolder
{
    /// <summary>The names a turn log may have in a folder, in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> TurnLogNames = [DatasetWriter.TurnsParquetName, DatasetWriter.TurnsCsvName, "turns"];

    public static AnalysisLog Open(string folder)
    {
        // Paths stay as given (relative ones too): a notebook shows them, and must not show where it ran.
        var turns = TurnLogIn(folder);
        var truth = Path.Combine(folder, DatasetWriter.TruthParquetName);
        if (turns is null)
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                throw new FileNotFoundException(
                    $"No turn log in {Path.GetFullPath(folder)}: expected {string.Join(", ", TurnLogNames.Take(2))} or a folder turns/ of Parquet files. Nothing was written there.");
            return Simulated(DatasetWriter.Write(new SimulationOptions(), folder));
        }
        if (File.Exists(truth)) return new AnalysisLog(folder, turns, truth, HandoffOf(folder));
        if (DefaultDataset.HoldsTheDefaultLog(folder)) return Simulated(DefaultDataset.Ensure(folder));
        return new AnalysisLog(folder, turns, null, HandoffOf(folder));
    }

    /// <summary>The turn log in <paramref name="folder"/> (<see cref="TurnLogNames"/>), or null when it has none.</summary>
    public static string? TurnLogIn(string folder) =>
        TurnLogNames.Select(name => Path.Combine(folder, name)).FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));

    private static AnalysisLog Simulated(SimulatedDataset dataset) =>
        new(Path.GetDirectoryName(dataset.TurnsParquet)!, dataset.TurnsParquet, dataset.TruthParquet, dataset.Handoff ?? HandoffOf(Path.GetDirectoryName(dataset.TurnsParquet)!));

    private static HandoffFiles? HandoffOf(string folder)
    {
        var files = HandoffFiles.In(folder);
        return files.Exist ? files : null;
    }
}
