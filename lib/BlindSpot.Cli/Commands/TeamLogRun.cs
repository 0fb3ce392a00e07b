using BlindSpot.Notebooks.Ipynb;
using BlindSpot.Notebooks.Parameters;
using BlindSpot.Simulation;

namespace BlindSpot.Cli.Commands;

/// <summary>What <c>reproduce --data/--output</c> runs: which notebooks, with which parameters, into which folder; or why not.</summary>
internal sealed record TeamLogPlan(IReadOnlyList<string> Notebooks, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? OutputFolder, string? Error)
{
    public static TeamLogPlan Refused(string error) => new([], [], null, error);
}

/// <summary>
/// Points the notebooks at a team's log: the log folder is only read (every notebook that reads a log declares
/// <c>dataDir</c> and <c>outputDir</c>), and the executed notebooks and what they derive go to a new or empty folder
/// the run owns, never into the log's folder nor over the committed notebooks.
/// </summary>
internal static class TeamLogRun
{
    public const string DataParameter = "dataDir", OutputParameter = "outputDir";

    /// <summary>The folder below the output folder that receives the derived files (features, predictions, findings).</summary>
    public const string DerivedFolder = "derived";

    /// <param name="resume">An output folder an earlier run wrote (with its <see cref="RunManifest"/>) is taken up again, not refused.</param>
    public static TeamLogPlan Plan(IReadOnlyList<string> notebooks, string? dataDir, string? outputPath, IReadOnlyList<KeyValuePair<string, string>> parameters,
                                   bool resume = false)
    {
        if (dataDir is null)
            return OutputFolderError(Path.GetFullPath(outputPath!), resume) is { } outputError ? TeamLogPlan.Refused(outputError)
                : Created(new TeamLogPlan(notebooks, parameters, Path.GetFullPath(outputPath!), null));
        var data = Path.GetFullPath(dataDir);
        if (!Directory.Exists(data)) return TeamLogPlan.Refused($"no such folder: {data}");
        if (LogFolder.TurnLogIn(data) is null)
            return TeamLogPlan.Refused($"no turn log in {data}: expected turns.parquet, turns.csv or a folder turns/ of Parquet files");
        if (parameters.Any(p => p.Key is DataParameter or OutputParameter))
            return TeamLogPlan.Refused($"--data sets {DataParameter} and {OutputParameter} itself: leave out -p {DataParameter} and -p {OutputParameter}");
        var output = Path.GetFullPath(outputPath ?? Path.Combine("out", Path.GetFileName(Path.TrimEndingDirectorySeparator(data))));
        if (BlindSpot.Core.OutputPlace.IsInside(output, data)) return TeamLogPlan.Refused($"the output folder {output} is inside the log folder {data}, which is only read: choose another");
        if (OutputFolderError(output, resume) is { } error) return TeamLogPlan.Refused(error);
        var reading = notebooks.Where(ReadsALog).ToList();
        return Created(new TeamLogPlan(reading,
            [.. parameters, new(DataParameter, data), new(OutputParameter, Path.Combine(output, DerivedFolder))], output, null));
    }

    private static bool ReadsALog(string notebook)
    {
        var declared = ParameterInjector.Declared(NotebookFile.Read(notebook));
        return declared.Contains(DataParameter) && declared.Contains(OutputParameter);
    }

    private static string? OutputFolderError(string output, bool resume) =>
        !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() ? null
        : !resume ? $"{output} is not empty: give --output a new or empty folder (nothing of an earlier run is written over)"
        : File.Exists(Path.Combine(output, RunManifest.FileName)) ? null
        : $"{output} holds no {RunManifest.FileName}: --resume takes up a folder an earlier reproduce wrote, and this one it did not";

    private static TeamLogPlan Created(TeamLogPlan plan)
    {
        Directory.CreateDirectory(plan.OutputFolder!);
        return plan;
    }
}
