using System.Security.Cryptography;
using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>
/// The default data set every notebook reads. On a fresh clone only its <c>turns.csv</c> is committed: the other files
/// are simulated with the default options beside it (the simulation reproduces that <c>turns.csv</c> byte for byte, and
/// it is never written again). A folder whose turn log the simulator did not write is refused: see <see cref="LogFolder"/>.
/// </summary>
public static class DefaultDataset
{
    /// <summary>SHA-256 of the default options' <c>turns.csv</c> (a test recomputes it from the simulator).</summary>
    public const string TurnsCsvSha256 = "8a765420bedbf0ffa8b7f4abc869a34571320879ae17a1e3076d73bc2c578f6c";

    public static SimulatedDataset Ensure(string dataDirectory)
    {
        var turnsCsv = Path.Combine(dataDirectory, DatasetWriter.TurnsCsvName);
        var turnsParquet = Path.Combine(dataDirectory, DatasetWriter.TurnsParquetName);
        var truth = Path.Combine(dataDirectory, DatasetWriter.TruthParquetName);
        if (File.Exists(turnsParquet) && File.Exists(truth))
        {
            using var db = DuckDb.OpenInMemory();
            var source = $"read_parquet({DuckDbPath.Literal(turnsParquet)})";
            return new SimulatedDataset(turnsCsv, turnsParquet, truth,
                db.Scalar<long>($"SELECT count(DISTINCT session_id) FROM {source}"), db.Scalar<long>($"SELECT count(*) FROM {source}"));
        }
        if (LogFolder.TurnLogIn(dataDirectory) is null) return DatasetWriter.Write(new SimulationOptions(), dataDirectory);
        if (!HoldsTheDefaultLog(dataDirectory)) throw DatasetWriter.ForeignLog(dataDirectory);
        return CompleteBeside(dataDirectory);
    }

    /// <summary>Whether the folder's <c>turns.csv</c> is the default simulated log, byte for byte.</summary>
    public static bool HoldsTheDefaultLog(string dataDirectory)
    {
        var turnsCsv = Path.Combine(dataDirectory, DatasetWriter.TurnsCsvName);
        if (!File.Exists(turnsCsv)) return false;
        using var stream = File.OpenRead(turnsCsv);
        return Convert.ToHexStringLower(SHA256.HashData(stream)) == TurnsCsvSha256;
    }

    /// <summary>Simulates the default set in a folder of its own and copies in the files the data folder lacks; its log stays.</summary>
    private static SimulatedDataset CompleteBeside(string dataDirectory)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "blindspot-default-" + Guid.NewGuid().ToString("N"));
        try
        {
            var simulated = DatasetWriter.Write(new SimulationOptions(), scratch);
            foreach (var file in Directory.GetFiles(scratch))
            {
                var target = Path.Combine(dataDirectory, Path.GetFileName(file));
                if (File.Exists(target)) continue;
                File.Copy(file, target + ".partial", overwrite: true);
                File.Move(target + ".partial", target);
            }
            string Here(string path) => Path.Combine(dataDirectory, Path.GetFileName(path));
            return new SimulatedDataset(Here(simulated.TurnsCsv), Here(simulated.TurnsParquet), Here(simulated.TruthParquet), simulated.Sessions, simulated.Turns)
            {
                Handoff = HandoffFiles.In(dataDirectory),
            };
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
