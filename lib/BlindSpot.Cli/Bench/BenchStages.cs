using System.Diagnostics;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Cli.Bench;

/// <summary>
/// The pipeline's stages, each run in a process of its own by <see cref="BenchRunner"/> so that its peak
/// memory is its own. A stage reads what the previous one wrote in the work folder.
/// </summary>
public static class BenchStages
{
    public static readonly IReadOnlyList<string> All = ["simulate", "import", "features"];

    public static IEnumerable<StageResult> Run(string stage, int sessions, string workFolder)
    {
        var clock = Stopwatch.StartNew();
        switch (stage)
        {
            case "simulate":
            {
                var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = sessions }, workFolder, new ProgressLine("simulate", sessions, "sessions"));
                yield return Result(stage, sessions, dataset.Turns, clock);
                break;
            }
            case "import":
            {
                using var sql = new SqlSession();
                var report = sql.LoadTurns(Path.Combine(workFolder, DatasetWriter.TurnsParquetName));
                yield return Result(stage, sessions, report.InputRows, clock);
                break;
            }
            case "features":
            {
                using var sql = new SqlSession();
                var report = sql.LoadTurns(Path.Combine(workFolder, DatasetWriter.TurnsParquetName));
                clock.Restart();
                sql.Outcomes();
                sql.Execute("session_features.sql");
                sql.WriteFeatures(Path.Combine(workFolder, "features.parquet"));
                yield return Result(stage, sessions, report.InputRows, clock);
                break;
            }
            default:
                throw new ArgumentException($"Unknown stage '{stage}'; stages: {string.Join(", ", All)}.");
        }
    }

    private static StageResult Result(string stage, int sessions, long turns, Stopwatch clock) =>
        new(stage, sessions, turns, Math.Round(clock.Elapsed.TotalSeconds, 2), Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
}
