using BlindSpot.Core;

namespace BlindSpot.Simulation;

/// <summary>
/// The default data set every notebook reads. A notebook calls <see cref="Ensure"/> so it also runs on its own
/// (e.g. on a fresh clone, where only <c>turns.csv</c> is committed): missing files are simulated with the
/// default options, which reproduce the committed <c>turns.csv</c> byte for byte.
/// </summary>
public static class DefaultDataset
{
    public static SimulatedDataset Ensure(string dataDirectory, SimulationOptions? options = null)
    {
        var turnsCsv = Path.Combine(dataDirectory, DatasetWriter.TurnsCsvName);
        var turnsParquet = Path.Combine(dataDirectory, DatasetWriter.TurnsParquetName);
        var truth = Path.Combine(dataDirectory, DatasetWriter.TruthParquetName);
        if (File.Exists(turnsCsv) && File.Exists(turnsParquet) && File.Exists(truth))
        {
            using var db = DuckDb.OpenInMemory();
            var source = $"read_parquet({DuckDb.Literal(turnsParquet)})";
            return new SimulatedDataset(turnsCsv, turnsParquet, truth,
                db.Scalar<long>($"SELECT count(DISTINCT session_id) FROM {source}"), db.Scalar<long>($"SELECT count(*) FROM {source}"));
        }
        return DatasetWriter.Write(options ?? new SimulationOptions(), dataDirectory);
    }
}
