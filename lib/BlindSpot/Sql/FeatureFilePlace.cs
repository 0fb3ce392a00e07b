using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Sql;

/// <summary>
/// Where a feature file may be written: outside the log it is computed from (links followed), and over an existing
/// file only when that file is a feature file this program wrote (<see cref="FeatureFileMark"/>), so a
/// rerun replaces its own result and nothing else.
/// </summary>
public static class FeatureFilePlace
{
    /// <summary>Why the feature file (or the database file) may not be written where asked, or null.</summary>
    public static string? Refusal(string source, string output, string? databaseFile)
    {
        if (!PostgresTurnLog.IsConnectionString(source)
            && OutputPlace.FirstRefusal([(output, "the feature file"), (databaseFile, "the database file")],
                (source, Directory.Exists(source) ? "the log folder" : "the log")) is { } inside)
            return inside;
        if (Directory.Exists(output)) return $"the feature file {output} is a folder: give a file name (e.g. features.parquet)";
        if (File.Exists(output) && !FeatureFileMark.IsOn(output))
            return $"{output} exists and is not a feature file written by blindspot features: give a new name (nothing is written over)";
        return null;
    }
}
