using BlindSpot.Audit;
using BlindSpot.Core;
using BlindSpot.EarlyWarning;
using BlindSpot.Handoff;
using BlindSpot.Logs;
using BlindSpot.Modeling;
using BlindSpot.Sql;

namespace BlindSpot.Studies;

/// <summary>
/// One turn log's analysis: owns the order of the stages, what they hand on and its provenance. Each step is computed
/// once and held until the study is disposed (the end of a notebook's run, of a seed, of a definition); the stages
/// themselves are pure functions of what the study hands them. With a <see cref="StudyOptions.RunFolder"/>, the files
/// one notebook hands the next (<c>features.parquet</c>, <c>predictions.parquet</c>) are written there and, when their
/// provenance says they were made from this log under this definition, read back instead of recomputed.
/// </summary>
public sealed class Study : IDisposable
{
    public const string FeaturesFileName = "features.parquet";
    public const string PredictionsFileName = "predictions.parquet";

    private readonly TextWriter _notes;
    private readonly SharedLog _log;
    private readonly bool _ownsLog;
    private IReadOnlyList<string>? _circular;
    private PrefixDataset? _prefixes;
    private OutcomeFindings? _outcomes;
    private FeatureMatrix? _features;
    private FeatureMatrix? _modelFeatures;
    private ModelingRun? _models;
    private AuditRun? _audit;
    private EarlyWarningRun? _earlyWarning;
    private HandoffRun? _handoff;
    private readonly Dictionary<string, IReadOnlyList<AuditRow>> _auditRows = new(StringComparer.Ordinal);

    /// <param name="turnLog">The turn log: a CSV or Parquet file, or a folder of Parquet files.</param>
    /// <param name="notes">Where the study says what it rebuilt and why (default: the console, a notebook's output).</param>
    public Study(string turnLog, StudyOptions? options = null, TextWriter? notes = null)
    {
        TurnLog = turnLog;
        Options = options ?? new StudyOptions();
        _notes = notes ?? Console.Out;
        MemoryBudget.Use(Options.DuckDb?.MemoryLimitOrNull);
        (_log, _ownsLog) = (new SharedLog(turnLog, Options), true);
    }

    private Study(Study log, StudyOptions options)
    {
        (TurnLog, Options, _notes) = (log.TurnLog, options, log._notes);
        (_log, _ownsLog) = (log._log, false);
    }

    /// <summary>
    /// The same log under another outcome definition: it shares this study's loaded log and what does not depend on the
    /// label (the log is read and validated once, its session features and every definition's labels built once), and
    /// keeps its own results. Its steps and this study's must not run at the same time while they use the loaded log
    /// (<see cref="Outcomes"/>, <see cref="Features"/>, <see cref="Prefixes"/>, <see cref="CircularColumns"/>); what they
    /// compute from those (models, audit, early warning) may run side by side. Disposing it leaves the log loaded.
    /// </summary>
    public Study Under(string definition) => new(this, Options with { Sql = Options.Sql with { OutcomeDefinition = definition }, RunFolder = null });

    public string TurnLog { get; }

    public StudyOptions Options { get; }

    public string Definition => Options.OutcomeDefinition;

    /// <summary>The run folder's features file (null without a run folder).</summary>
    public string? FeaturesFile => Options.RunFolder is { } folder ? Path.Combine(folder, FeaturesFileName) : null;

    /// <summary>The run folder's predictions file (null without a run folder).</summary>
    public string? PredictionsFile => Options.RunFolder is { } folder ? Path.Combine(folder, PredictionsFileName) : null;

    /// <summary>The turn log validated and loaded into DuckDB; an invalid log stops here with its validation report.</summary>
    public SqlSession LoadedLog => _log.Session;

    /// <summary>What validating the turn log found (the log is loaded first, if it was not).</summary>
    public ValidationReport LogReport
    {
        get
        {
            _ = LoadedLog;
            return _log.Report!;
        }
    }

    /// <summary>The SQL stage: the headline findings under the study's definition (and every definition's labels).</summary>
    public OutcomeFindings Outcomes() => _outcomes ??= SqlStage.Label(PreparedLog(), Definition).Findings;

    /// <summary>The feature columns this definition's label is computed from: circular for models (<see cref="OutcomeCircularity"/>).</summary>
    public IReadOnlyList<string> CircularColumns() => _circular ??= PreparedLog().CircularColumns(Definition);

    /// <summary>
    /// One row of leakage-free features and the label per session: from the run folder's features file when it was made
    /// from this log under this definition, otherwise from the loaded log (and then written there for the next notebook).
    /// </summary>
    public FeatureMatrix Features() => _features ??= FreshFeaturesFile() is { } file ? FeatureLoader.Load(file) : FeaturesFromLoadedLog(modelSessions: 0);

    /// <summary>
    /// The features the models are fitted on: <see cref="Features"/> on a log of up to <see cref="StudyOptions.ModelSessions"/>
    /// sessions, else its <see cref="FeatureMatrix.ForModels"/> sample, read without holding the other rows (at ten million
    /// sessions the whole matrix is gigabytes).
    /// </summary>
    public FeatureMatrix ModelFeatures() => _modelFeatures ??= _features?.ForModels(Options.ModelSessions, Options.Seed)
        ?? (FreshFeaturesFile() is { } file ? FeatureLoader.Load(file, Options.ModelSessions, Options.Seed) : FeaturesFromLoadedLog(Options.ModelSessions));

    /// <summary>
    /// The run folder's features file, made first when it is missing or stale: for a reader that needs the file, not
    /// the matrix (ten million rows are gigabytes in memory).
    /// </summary>
    public string EnsureFeaturesFile() => FreshFeaturesFile() ?? WriteFeaturesFile();

    /// <summary>Builds the features from the loaded log and writes the run folder's features file, whatever is there.</summary>
    public string WriteFeaturesFile() =>
        LogWithFeatureTables().WriteFeatures(FeaturesFile ?? throw new InvalidOperationException("This study has no run folder to keep a features file in."));

    /// <summary>The modelling stage: both designs cross-validated on the features (a sample of them on a large log).</summary>
    public ModelingRun Models(IProgress<string>? progress = null) =>
        _models ??= ModelingStage.Run(ModelFeatures(), ModelingOf(ModelFeatures()), progress);

    /// <summary>
    /// One learner's out-of-fold predictions (repeat 0: every session once), each in its group of
    /// <paramref name="groupColumn"/> (intent, or any column of the features or of the turn log, <see cref="AuditGroups"/>).
    /// From the run folder's predictions file when it holds the learner and was made from these features; otherwise
    /// cross-validated here on the study's folds and seed (repeat 0 of a plan does not depend on the number of repeats,
    /// so these are the rows notebook 03 would write).
    /// </summary>
    public IReadOnlyList<AuditRow> AuditRows(string learner, string groupColumn = FeatureLoader.IntentColumn)
    {
        if (!_auditRows.TryGetValue(learner, out var rows))
        {
            rows = PredictionsOf(learner) is { } file ? AuditData.FromPredictions(file, EnsureFeaturesFile(), learner) : AuditData.FromCv(CrossValidated(learner));
            _auditRows[learner] = rows;
        }
        return groupColumn == FeatureLoader.IntentColumn ? rows : AuditGroups.Regroup(rows, Groups(groupColumn));
    }

    /// <summary>The audit stage on the first learner's predictions, by intent.</summary>
    public AuditRun Audit() =>
        _audit ??= AuditStage.Run(Models().Results[0], new AuditOptions { Bootstrap = Options.Bootstrap, Seed = Options.Seed }, Definition);

    /// <summary>The early-warning stage: every session cut after its first user turns, forecast with the first learner.</summary>
    public EarlyWarningRun EarlyWarning(IProgress<string>? progress = null) =>
        _earlyWarning ??= EarlyWarningStage.Run(Prefixes(), Options.Modeling.Learners[0], new EarlyWarningOptions
        {
            MaxK = Options.MaxK, Folds = Options.Modeling.Folds, Seed = Options.Seed, AlertShare = Options.AlertShare, SuccessRate = Options.SuccessRate,
        }, Definition, progress: progress);

    /// <summary>The sessions cut after each of their first <see cref="StudyOptions.MaxK"/> user turns, with their outcomes.</summary>
    public PrefixDataset Prefixes()
    {
        if (_prefixes is not null) return _prefixes;
        var log = LoadedLog;
        if (_log.PrefixesBuiltFor != Options.MaxK) PrefixFeatures.Build(log, Options.MaxK, read: false);
        _log.PrefixesBuiltFor = Options.MaxK;
        return _prefixes = PrefixDataset.FromBuilt(log, Definition, Options.ModelSessions, Options.Seed);
    }

    /// <summary>The handoff seam; null when the log has no human leg.</summary>
    public HandoffRun? Handoff() =>
        Options.Handoff is null ? null : _handoff ??= HandoffStage.Run(LoadedLog, HandoffData.Load(LoadedLog, Options.Handoff));

    /// <summary>Every stage in the order the notebooks run them.</summary>
    public StudyRun Run()
    {
        return new StudyRun(Outcomes(), CircularColumns(), Models(), Audit(), EarlyWarning(), Handoff());
    }

    /// <summary>
    /// Releases what the study held: every result, and the loaded log (with its database file, when the study created
    /// it) unless the log is another study's (<see cref="Under"/>).
    /// </summary>
    public void Dispose()
    {
        if (_ownsLog) _log.Dispose();
        (_outcomes, _features, _modelFeatures, _models, _audit, _earlyWarning, _handoff, _circular, _prefixes) = (null, null, null, null, null, null, null, null, null);
        _auditRows.Clear();
    }

    /// <summary>
    /// The run folder's features file when it holds this log's features under this definition. With no turn log to
    /// rebuild from, a file made under another definition is an error naming both.
    /// </summary>
    private string? FreshFeaturesFile()
    {
        if (FeaturesFile is not { } path || !File.Exists(path)) return null;
        var found = Provenance.Read(path);
        if (!File.Exists(TurnLog) && !Directory.Exists(TurnLog))
        {
            if (found is not null && found.OutcomeDefinition != Definition)
                throw new InvalidDataException(
                    $"{path} was made under the outcome definition '{found.OutcomeDefinition}', not '{Definition}', " +
                    $"and the turn log {TurnLog} to rebuild it from is missing: run notebook 02 with outcomeDefinition = \"{Definition}\".");
            return path;
        }
        var expected = ExpectedProvenance();
        if (found == expected) return path;
        _notes.WriteLine($"{Path.GetFileName(path)} was made with {found?.ToString() ?? "no recorded provenance"}; rebuilding it with {expected}.");
        return null;
    }

    /// <summary>What a hand-over made from this log under this definition records.</summary>
    private Provenance ExpectedProvenance() =>
        new(Definition, _log.Fingerprint ??= _log.IsLoaded ? LoadedLog.TurnLogFingerprint! : TurnLogFingerprint.Of(TurnLog));

    /// <summary>The loaded log with what every definition shares built: session features, every label, the truth.</summary>
    private SqlSession PreparedLog()
    {
        var log = LogWithSessionFeatures();
        if (_log.LabelsBuilt) return log;
        if (Options.TruthPath is { } truth) log.LoadTruth(truth);
        log.AllOutcomeLabels();
        _log.LabelsBuilt = true;
        return log;
    }

    private SqlSession LogWithSessionFeatures()
    {
        var log = LoadedLog;
        if (!_log.FeaturesBuilt) SqlStage.SessionFeatures(log, Options.Sql.CellDefinitions);
        _log.FeaturesBuilt = true;
        return log;
    }

    /// <summary>Session features and this definition's <c>outcomes</c> (another study of the log may have selected its own).</summary>
    private SqlSession LogWithFeatureTables()
    {
        var log = LogWithSessionFeatures();
        if (_log.OutcomesFor != Definition) log.BuildOutcomes(Definition);
        return log;
    }

    private FeatureMatrix FeaturesFromLoadedLog(int modelSessions)
    {
        var log = LogWithFeatureTables();
        var matrix = FeatureLoader.Read(log, modelSessions, Options.Seed);
        if (FeaturesFile is { } path) log.WriteFeatures(path);
        return matrix;
    }

    /// <summary>The run folder's predictions file when it holds <paramref name="learner"/> and was made from the features the study uses.</summary>
    private string? PredictionsOf(string learner)
    {
        if (PredictionsFile is not { } path || !File.Exists(path) || !HoldsLearner(path, learner)) return null;
        return Provenance.Read(path) == Provenance.Read(EnsureFeaturesFile()) ? path : null;
    }

    private static bool HoldsLearner(string predictionsFile, string learner)
    {
        using var db = DuckDb.OpenInMemory();
        return db.Scalar<long>($"SELECT count(*) FROM read_parquet({DuckDbPath.Literal(predictionsFile)}) WHERE learner = $1", learner) > 0;
    }

    private ModelingOptions ModelingOf(FeatureMatrix data) =>
        data.Count < data.LogSessions && Options.SampledRepeats is { } repeats ? Options.Modeling with { Repeats = repeats } : Options.Modeling;

    private CvResult CrossValidated(string learner) =>
        ModelingStage.Run(ModelFeatures(),
            Options.Modeling with { Learners = [learner], Repeats = 1, ShuffledControl = false }).Results[0];

    private IReadOnlyDictionary<string, string> Groups(string column) =>
        FeaturesFile is not null ? AuditGroups.Read(EnsureFeaturesFile(), TurnLog, column) : GroupsInLoadedLog(column);

    private IReadOnlyDictionary<string, string> GroupsInLoadedLog(string column)
    {
        LogWithFeatureTables();
        return AuditGroups.Read(LoadedLog.Connection, "session_features", TurnLogSource.Relation(TurnLog), column);
    }
}
