using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Simulation;

/// <summary>The files one simulation run writes; <see cref="Handoff"/> is null when the human-leg files were not written by this run.</summary>
public sealed record SimulatedDataset(string TurnsCsv, string TurnsParquet, string TruthParquet, long Sessions, long Turns)
{
    public HandoffFiles? Handoff { get; init; }
}

/// <summary>
/// Runs the simulator and writes <c>turns.csv</c>, <c>turns.parquet</c> and <c>simulation_truth.parquet</c>, and beside
/// them the human leg (<c>handoffs</c>, <c>agent_turns</c>, <c>human_only</c>, <c>surveys</c> .parquet, see
/// Handoff/README.md) from independent random streams, so the turn log is the same with or without it.
/// Rows stream to disk one session at a time (memory does not grow with the number of sessions), and every
/// file is written under a temporary name and renamed at the end, so a failed run leaves no half-written file.
/// </summary>
public static class DatasetWriter
{
    public const string TurnsCsvName = "turns.csv";
    public const string TurnsParquetName = "turns.parquet";
    public const string TruthParquetName = "simulation_truth.parquet";

    public static SimulatedDataset Write(SimulationOptions options, string outputDirectory, IProgress<long>? sessionsDone = null)
    {
        RefuseForeignLog(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var turnsCsv = Path.Combine(outputDirectory, TurnsCsvName);
        var turnsParquet = Path.Combine(outputDirectory, TurnsParquetName);
        var truthParquet = Path.Combine(outputDirectory, TruthParquetName);
        var tmpTurnsCsv = turnsCsv + ".partial";
        var tmpTruthCsv = Path.Combine(outputDirectory, "simulation_truth.csv.partial");
        var tmpTurnsParquet = turnsParquet + ".partial";
        var tmpTruthParquet = truthParquet + ".partial";
        try
        {
            var simulator = new ConversationSimulator(options);
            var returns = options.Returns.Enabled;
            long turns = 0, sessions = options.Sessions;
            using var handoffWriter = new HandoffWriter(options, outputDirectory);
            using (var turnWriter = new TurnLogCsvWriter(tmpTurnsCsv, returnKeys: returns))
            using (var truthWriter = new TruthCsvWriter(tmpTruthCsv, returns))
            {
                void Add(long handoffIndex, SimulatedSession session)
                {
                    foreach (var row in session.Turns) turnWriter.Write(row, session.ConversationId, session.CustomerId);
                    truthWriter.Write(session.Truth);
                    handoffWriter.Add(handoffIndex, session);
                }

                for (long i = 0; i < options.Sessions; i++)
                {
                    var session = simulator.Simulate(i);
                    var comeback = simulator.SimulateReturn(i, session);
                    Add(i, comeback is null ? session : session with { Truth = session.Truth with { ReturnedAs = comeback.Truth.SessionId } });
                    // the human leg's stream of a return is numbered past the first contacts', so it is its own
                    if (comeback is not null) { Add(options.Sessions + i, comeback); sessions++; }
                    if ((i + 1) % 10_000 == 0) sessionsDone?.Report(i + 1);
                }
                turns = turnWriter.Rows;
            }
            sessionsDone?.Report(options.Sessions);

            using (var db = DuckDb.OpenInMemory())
            {
                db.Execute($"COPY (SELECT * FROM {TurnLogCsv.ReadCsvCall(tmpTurnsCsv, returns)}) TO {DuckDb.Literal(tmpTurnsParquet)} (FORMAT parquet, COMPRESSION zstd)");
                db.Execute($"COPY (SELECT * FROM read_csv({DuckDbPath.Literal(tmpTruthCsv)}, header = true, columns = {TruthCsvWriter.DuckDbColumnsFor(returns)})) " +
                           $"TO {DuckDb.Literal(tmpTruthParquet)} (FORMAT parquet, COMPRESSION zstd)");
                handoffWriter.Finish(db);
            }
            File.Move(tmpTurnsCsv, turnsCsv, overwrite: true);
            File.Move(tmpTurnsParquet, turnsParquet, overwrite: true);
            File.Move(tmpTruthParquet, truthParquet, overwrite: true);
            var handoff = handoffWriter.Commit();
            return new SimulatedDataset(turnsCsv, turnsParquet, truthParquet, sessions, turns) { Handoff = handoff };
        }
        finally
        {
            foreach (var tmp in new[] { tmpTurnsCsv, tmpTruthCsv, tmpTurnsParquet, tmpTruthParquet })
                if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    /// <summary>
    /// The simulator writes only into a new or empty folder or over a data set of its own (its latent truth is there,
    /// or its log is the default one): never over a turn log somebody gave.
    /// </summary>
    internal static void RefuseForeignLog(string folder)
    {
        if (LogFolder.TurnLogIn(folder) is null || File.Exists(Path.Combine(folder, TruthParquetName)) || DefaultDataset.HoldsTheDefaultLog(folder)) return;
        throw ForeignLog(folder);
    }

    /// <summary>The refusal to write where somebody's turn log is.</summary>
    internal static InvalidOperationException ForeignLog(string folder) => new(
        $"{Path.GetFullPath(folder)} holds a turn log the simulator did not write ({Path.GetFileName(LogFolder.TurnLogIn(folder))}): nothing was written. " +
        "The simulator writes only into a new or empty folder or over its own data set; choose another folder.");
}
