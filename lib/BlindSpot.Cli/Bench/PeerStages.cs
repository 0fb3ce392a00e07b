using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BlindSpot.Cli.Postgres;
using BlindSpot.Core;
using BlindSpot.Modeling;
using BlindSpot.Simulation;
using BlindSpot.Sql;

namespace BlindSpot.Cli.Bench;

/// <summary>
/// What an analyst would use instead of the pipeline, measured on the same files in the same bench run:
/// <c>peer-duckdb</c>, the <c>sql/</c> feature files run straight over the turn log in DuckDB with no validation layer
/// (compared with import + features), and <c>peer-sklearn</c>, scikit-learn's HistGradientBoostingClassifier on the
/// same feature matrix and folds (compared with cv).
/// </summary>
public static class PeerStages
{
    public const string DuckDb = "peer-duckdb";
    public const string Sklearn = "peer-sklearn";

    /// <summary>The same as <see cref="DuckDb"/> on the CSV log (DuckDB's <c>read_csv</c>): what an analyst does with the CSV a team brings.</summary>
    public const string DuckDbCsv = "peer-duckdb-csv";

    public static readonly IReadOnlyList<string> All = [DuckDb, DuckDbCsv, Sklearn];

    /// <summary>Which of our stages each peer is compared with (their wall times added).</summary>
    public static IReadOnlyList<string> ComparedWith(string peer) => peer switch
    {
        DuckDb => ["import", "features"],
        DuckDbCsv => [BenchStages.ImportCsv, "features"],
        Sklearn => ["cv"],
        _ => [],
    };

    public static IEnumerable<StageResult> Run(string stage, int sessions, string workFolder, DuckDbOptions? duckDb = null) => stage switch
    {
        DuckDb => [RawDuckDb(DuckDb, sessions, workFolder, duckDb)],
        DuckDbCsv => [RawDuckDb(DuckDbCsv, sessions, workFolder, duckDb)],
        Sklearn => [ScikitLearn(sessions, workFolder)],
        _ => throw new ArgumentException($"Unknown peer '{stage}'."),
    };

    /// <summary>
    /// Load the file into a table (<c>read_parquet</c>, or for the CSV peer <c>read_csv</c> given the contract's column
    /// types) and run session_terminal, outcomes/three_tier and session_features as they stand, then write the same
    /// Parquet file; no validation, no casts. Its features must equal the features stage's (checked after the clock).
    /// </summary>
    private static StageResult RawDuckDb(string peer, int sessions, string workFolder, DuckDbOptions? duckDb)
    {
        var csv = peer == DuckDbCsv;
        var turnsFile = Path.Combine(workFolder, csv ? DatasetWriter.TurnsCsvName : DatasetWriter.TurnsParquetName);
        var output = Path.Combine(workFolder, $"features-{peer}.parquet");
        var files = SqlDirectory.Find();
        var clock = Stopwatch.StartNew();
        using (var scope = DuckDbScope.Open(duckDb))
        {
            var db = scope.Connection;
            // the CSV read as an analyst who knows the contract reads it: DuckDB's read_csv, its own dialect and timestamp
            // detection, given the column types (detected, turn_index would be BIGINT and one feature column with it)
            var read = csv
                ? $"read_csv({BlindSpot.Core.DuckDbPath.Literal(turnsFile)}, header = true, columns = {BlindSpot.Logs.TurnLogSchema.DuckDbColumnsStruct})"
                : $"read_parquet({BlindSpot.Core.DuckDbPath.Literal(turnsFile)})";
            db.Execute($"CREATE OR REPLACE TABLE turns AS SELECT * FROM {read}");
            foreach (var file in new[] { "session_terminal.sql", "session_features.sql" })
                foreach (var statement in files.Read(file).Statements()) db.Execute(statement.Text);
            db.Execute($"CREATE OR REPLACE TABLE outcomes AS {files.Read("outcomes/three_tier.sql").Statements()[0].Text}");
            db.Execute("COPY (SELECT f.*, o.outcome FROM session_features f JOIN outcomes o USING (session_id) ORDER BY f.session_id) " +
                       $"TO {BlindSpot.Core.DuckDb.Literal(output)} (FORMAT parquet, COMPRESSION zstd)");
        }
        var result = BenchStages.Result(peer, sessions, BenchStages.TurnsOf(workFolder), clock);
        var ours = Path.Combine(workFolder, "features.parquet");
        if (File.Exists(ours) && FeatureParity.Differences(ours, output) is { Count: > 0 } differences)
            throw new InvalidOperationException($"The {peer} features differ from the features stage's:\n{string.Join("\n", differences)}");
        return result;
    }

    /// <summary>
    /// Writes the features stage's matrix (as <see cref="FeatureLoader"/> encodes it) and the cv stage's folds for the
    /// script, runs it, and reports the script's own time for the five folds and its process's peak memory.
    /// </summary>
    private static StageResult ScikitLearn(int sessions, string workFolder)
    {
        var (python, reason) = PythonPeer.Locate();
        if (python is null) throw new InvalidOperationException(reason);
        var data = FeatureLoader.Load(Path.Combine(workFolder, "features.parquet"));
        var plan = FoldPlan.Stratified(data.Labels, 5, 1, 42);
        var folder = Path.Combine(workFolder, "peer-sklearn");
        WriteMatrix(folder, data, plan);
        var (exitCode, output) = PythonPeer.Run(python, [PythonPeer.ScriptPath, folder], TimeSpan.FromHours(2));
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH_PEER ", StringComparison.Ordinal));
        if (exitCode != 0 || line is null) throw new InvalidOperationException($"the scikit-learn script failed (exit {exitCode}):\n{output}");
        var parts = line.Split(' ');
        var seconds = double.Parse(parts[1], CultureInfo.InvariantCulture);
        var peakMiB = long.Parse(parts[2], CultureInfo.InvariantCulture) / 1024;
        return new StageResult($"{Sklearn} (scikit-learn {parts[3]})", sessions, BenchStages.TurnsOf(workFolder), seconds, peakMiB);
    }

    private static void WriteMatrix(string folder, FeatureMatrix data, FoldPlan plan)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "matrix.json"), JsonSerializer.Serialize(new { rows = data.Count, columns = data.Columns.Count }));
        using (var features = new BinaryWriter(File.Create(Path.Combine(folder, "features.f32"))))
            foreach (var row in data.Rows) foreach (var value in row) features.Write(value);
        using (var labels = new BinaryWriter(File.Create(Path.Combine(folder, "labels.i32"))))
            foreach (var label in data.Labels) labels.Write(label);
        using var folds = new BinaryWriter(File.Create(Path.Combine(folder, "folds.i32")));
        for (var row = 0; row < data.Count; row++) folds.Write(plan.FoldOf(0, row));
    }
}
