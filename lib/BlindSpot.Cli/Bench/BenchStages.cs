using System.Diagnostics;
using BlindSpot.Audit;
using BlindSpot.Cli.Postgres;
using BlindSpot.Core;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;
using BlindSpot.Studies;

namespace BlindSpot.Cli.Bench;

/// <summary>
/// The pipeline's stages, each run in a process of its own by <see cref="BenchRunner"/> so that its peak
/// memory is its own. A stage reads what the previous one wrote in the work folder.
/// </summary>
public static class BenchStages
{
    public static readonly IReadOnlyList<string> All = ["simulate", "import", "features", "cv-nested", "cv", "audit"];

    /// <summary>Stages run only when asked for: <c>postgres</c> needs the PostgreSQL server tools and the features stage's file.</summary>
    public static readonly IReadOnlyList<string> Optional = ["postgres", ImportCsv, LogBootstrap];

    /// <summary>Notebook 07's intervals of a team's own log: 1,000 replicates over every session (timed without reading the log).</summary>
    public const string LogBootstrap = "log-bootstrap";

    /// <summary>The import stage on the simulated CSV (<c>turns.csv</c>) instead of its Parquet copy: what a team's log usually is.</summary>
    public const string ImportCsv = "import-csv";

    public static IEnumerable<string> Known => All.Concat(Optional).Concat(PeerStages.All);

    /// <param name="duckDb">The database file and memory limit every stage's DuckDB works with (and the budget of the stages after it).</param>
    public static IEnumerable<StageResult> Run(string stage, int sessions, string workFolder, DuckDbOptions? duckDb = null)
    {
        MemoryBudget.CapHeap(duckDb?.MemoryLimitOrNull); // a stage runs in a process of its own
        var clock = Stopwatch.StartNew();
        switch (stage)
        {
            case "simulate":
            {
                var dataset = DatasetWriter.Write(new SimulationOptions { Sessions = sessions }, workFolder, new ProgressLine("simulate", sessions, "sessions"));
                yield return Result(stage, sessions, dataset.Turns, clock);
                break;
            }
            case "import" or ImportCsv:
            {
                using var sql = new SqlSession(duckDb);
                var report = sql.LoadTurns(Path.Combine(workFolder, stage == ImportCsv ? DatasetWriter.TurnsCsvName : DatasetWriter.TurnsParquetName));
                yield return Result(stage, sessions, report.InputRows, clock);
                break;
            }
            case "features":
            {
                using var study = StudyIn(workFolder, duckDb);
                var turns = study.LogReport.InputRows;
                clock.Restart();
                study.WriteFeaturesFile();
                yield return Result(stage, sessions, turns, clock);
                break;
            }
            case "cv-nested":
            {
                // the nested design alone (level 1 on all sessions, level 2 on failures), 5-fold, boosted trees, scoring every held-out fold
                using var study = StudyIn(workFolder, duckDb);
                var data = study.Features();
                clock.Restart();
                ModelingStage.NestedOnly(data, study.Options.Modeling);
                yield return Result(stage, sessions, TurnsOf(workFolder), clock);
                break;
            }
            case "cv":
            {
                // flat and nested 5-fold CV with boosted trees on the features of the previous stage
                using var study = StudyIn(workFolder, duckDb);
                var data = study.Features();
                var options = study.Options.Modeling;
                Console.Error.WriteLine($"bench: cv fits {ModelingStage.FoldsAtOnce(data, options)} fold(s) at once: " +
                                        $"{MemoryBudget.Text(ModelingStage.Need(data, options, ModelingStage.FoldsAtOnce(data, options)).Bytes)} estimated, " +
                                        $"{MemoryBudget.Text(MemoryBudget.Available)} available");
                clock.Restart();
                var result = study.Models(new SynchronousProgress(step => Console.Error.WriteLine($"bench: cv: {step}"))).Results[0];
                clock.Stop();
                // the time is the cross-validation's; the peak includes writing the predictions, which the audit reads
                PredictionsFile.Write(study.PredictionsFile!, [result]);
                yield return Result(stage, sessions, TurnsOf(workFolder), clock);
                break;
            }
            case "audit":
            {
                // per-intent metrics with 1,000 stratified bootstrap replicates on the cv stage's out-of-fold predictions
                using var study = StudyIn(workFolder, duckDb);
                var rows = study.AuditRows(BoostedTreesLearner.Id);
                clock.Restart();
                MemoryBudget.EnsureFits(MemoryBudget.Audit(rows.Count));
                var audit = new GroupAudit(rows, new AuditOptions { Bootstrap = 1000, Seed = 42 });
                _ = audit.Flagged(AuditMetric.FalseNegativeRate);
                yield return Result(stage, sessions, TurnsOf(workFolder), clock);
                break;
            }
            case LogBootstrap:
            {
                var (outcomes, failures, clusters) = Summary.SessionBootstrap.SessionsOf(Path.Combine(workFolder, DatasetWriter.TurnsParquetName),
                    SqlSession.DefaultOutcomeDefinition, duckDb);
                clock.Restart();
                _ = Summary.SessionBootstrap.From(outcomes, failures, clusters, replicates: 1000);
                yield return Result(stage, sessions, TurnsOf(workFolder), clock);
                break;
            }
            case "postgres":
            {
                // The features stage's work inside a PostgreSQL server of its own (the client's memory is measured, not the server's):
                // copying the log in, validating it there, then outcomes, session features and the Parquet file; checked against DuckDB's file.
                var duckDbFeatures = Path.Combine(workFolder, "features.parquet");
                if (!File.Exists(duckDbFeatures)) throw new InvalidOperationException("the postgres stage compares with the features stage's file: run features first");
                using var server = ThrowawayPostgres.Start();
                var connectionString = server.ConnectionString(server.CreateDatabase());
                clock.Restart();
                var turns = TurnLogToPostgres.Load(Path.Combine(workFolder, DatasetWriter.TurnsParquetName), connectionString);
                yield return Result("postgres-load", sessions, turns, clock);
                using var session = PostgresSession.Open(connectionString);
                clock.Restart();
                var report = session.Validate();
                if (!report.IsValid) throw new InvalidOperationException(report.ToString());
                yield return Result("postgres-validate", sessions, turns, clock);
                clock.Restart();
                SqlStage.Features(session, SqlSession.DefaultOutcomeDefinition);
                var postgresFeatures = Path.Combine(workFolder, "features-postgres.parquet");
                session.WriteFeatures(postgresFeatures);
                var features = Result("postgres-features", sessions, turns, clock);
                var differences = FeatureParity.Differences(duckDbFeatures, postgresFeatures);
                if (differences.Count > 0)
                    throw new InvalidOperationException($"PostgreSQL's features differ from DuckDB's:\n{string.Join("\n", differences)}");
                yield return features;
                break;
            }
            case PeerStages.DuckDb or PeerStages.DuckDbCsv or PeerStages.Sklearn:
                foreach (var result in PeerStages.Run(stage, sessions, workFolder, duckDb)) yield return result;
                break;
            default:
                throw new ArgumentException($"Unknown stage '{stage}'; stages: {string.Join(", ", Known)}.");
        }
    }

    /// <summary>
    /// The study of the work folder's simulated log, the folder its run folder: each stage reads the files the stage
    /// before it wrote there (a stage is a process of its own), boosted trees on 5 folds with seed 42.
    /// </summary>
    private static Study StudyIn(string workFolder, DuckDbOptions? duckDb) =>
        new(Path.Combine(workFolder, DatasetWriter.TurnsParquetName), new StudyOptions
        {
            Modeling = new ModelingOptions { Learners = [BoostedTreesLearner.Id], ShuffledControl = false },
            DuckDb = duckDb, RunFolder = workFolder,
        }, Console.Error);

    internal static long TurnsOf(string workFolder)
    {
        using var db = DuckDb.OpenInMemory();
        return db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDbPath.Literal(Path.Combine(workFolder, DatasetWriter.TurnsParquetName))})");
    }

    internal static StageResult Result(string stage, int sessions, long turns, Stopwatch clock) =>
        new(stage, sessions, turns, Math.Round(clock.Elapsed.TotalSeconds, 2), Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
}
