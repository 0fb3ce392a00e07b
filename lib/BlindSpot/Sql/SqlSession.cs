using BlindSpot.Core;
using BlindSpot.Logs;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace BlindSpot.Sql;

/// <summary>
/// An in-process DuckDB database holding one turn log and the tables the <c>sql/</c> files build from it.
/// Files run by name; values are bound as parameters, never pasted into SQL; a failure names the file and line.
/// </summary>
public sealed class SqlSession : IOutcomeSteps, IDisposable
{
    public const string DefaultOutcomeDefinition = "three_tier";

    private readonly Dictionary<string, SqlFile> _registeredOutcomes = new(StringComparer.Ordinal);

    /// <param name="sql">Where the SQL files are read from (default: the repository's sql/ folder, else the embedded copies).</param>
    /// <param name="databaseFile">A DuckDB database file instead of memory, for logs larger than memory (DuckDB then spills to disk).</param>
    /// <param name="memoryLimit">The memory the analysis may use, e.g. "1GB": DuckDB is given 75 % of it (default: DuckDB's own, 80 % of RAM); with a database file, tables beyond it stay on disk.</param>
    /// <remarks>
    /// Empty strings count as not given; the database file is kept. The memory limit also becomes the budget of the
    /// stages after DuckDB in this process (<see cref="MemoryBudget"/>).
    /// </remarks>
    public SqlSession(SqlDirectory? sql = null, string? databaseFile = null, string? memoryLimit = null)
        : this(new DuckDbOptions(databaseFile, memoryLimit), sql)
    {
    }

    /// <summary>
    /// A session on the database file and memory limit of <paramref name="options"/> (null: in memory, DuckDB's limit);
    /// with <see cref="DuckDbOptions.DeleteCreated"/>, a database file it creates is deleted when it is disposed.
    /// </summary>
    public SqlSession(DuckDbOptions? options, SqlDirectory? sql = null)
    {
        Files = sql ?? SqlDirectory.Find();
        options ??= DuckDbOptions.Default;
        DatabaseFile = options.DatabaseFileOrNull;
        _ownsDatabaseFile = options.DeleteCreated && DatabaseFile is not null && !File.Exists(DatabaseFile);
        Connection = DuckDb.Open(DatabaseFile, options.MemoryLimitOrNull);
        MemoryLimit = options.MemoryLimitOrNull;
        MemoryBudget.Use(options.MemoryLimitOrNull);
    }

    /// <summary>The memory limit the session was given (null: DuckDB's own).</summary>
    public string? MemoryLimit { get; }

    private readonly bool _ownsDatabaseFile;

    /// <summary>The DuckDB database file the session works in (null: memory).</summary>
    public string? DatabaseFile { get; }

    public DuckDBConnection Connection { get; }
    public SqlDirectory Files { get; }

    /// <summary>
    /// Validates a turn log and loads its valid sessions as table <c>turns</c>, plus the <c>session_terminal</c> table.
    /// Sessions without a user message (not engaged: a greeting nobody answered) are moved to table <c>not_engaged</c>
    /// and counted (<see cref="NotEngagedSessions"/>): they are outside every outcome and feature, as analytics platforms
    /// leave unengaged sessions out of their rates.
    /// </summary>
    /// <remarks>
    /// In a database file that already holds this log, loaded and validated by an earlier session from the same files
    /// with the same library (<see cref="LoadedLogRecord"/>), the log is not loaded again: the earlier report is returned.
    /// </remarks>
    public ValidationReport LoadTurns(string path, string? quarantineDirectory = null)
    {
        (_sessionReturnsBuilt, _logRecorded) = (false, false);
        _labelled.Clear();
        var key = DatabaseFile is not null && quarantineDirectory is null ? LoadedLogRecord.KeyOf(path, Files) : null;
        if (key is not null && LoadedLogRecord.Find(Connection, key) is { } kept)
        {
            if (LoadedLogRecord.TableExists(Connection, LoadedLogRecord.TurnsAsLoaded)) // masked by an earlier session (Redact)
                InOneTransaction("DROP TABLE IF EXISTS turns", $"ALTER TABLE {LoadedLogRecord.TurnsAsLoaded} RENAME TO turns");
            (NotEngagedSessions, TurnLogFingerprint, _logRecorded) = (kept.NotEngagedSessions, kept.Fingerprint, true);
            return kept.Report;
        }
        LoadedLogRecord.Forget(Connection);
        var report = TurnLogValidator.Import(Connection, path, "turns", quarantineDirectory);
        SetAsideNotEngaged();
        AddMissingReturnKeys();
        // Validating a Parquet log with the contract's types fingerprints it on the way. Anything else is read again
        // (a CSV's own parser may differ on a damaged line; converted values may differ from the file's).
        TurnLogFingerprint = report.Fingerprint ?? Logs.TurnLogFingerprint.Of(path);
        Execute("session_terminal.sql");
        if (key is not null && report.IsValid) LoadedLogRecord.Write(Connection, key, report, TurnLogFingerprint, NotEngagedSessions);
        _logRecorded = key is not null && report.IsValid;
        return report;
    }

    /// <summary>
    /// Masks e-mail addresses, card and phone numbers and long digit runs (<see cref="Redaction"/>) in the text of the
    /// loaded turns and, when loaded, of the agents' turns: for a team's log, before anything is shown to a reader.
    /// The log's file is not touched.
    /// </summary>
    public void Redact()
    {
        _labelled.Clear(); // a definition may read the text
        // A new table rather than an UPDATE: DuckDB holds an UPDATE's changed values in memory until it commits, which
        // for the 81 M texts of ten million sessions ran out of memory under a 6 GB limit; CREATE TABLE … AS streams.
        var mask = $"SELECT * REPLACE ({Redaction.SqlMask("text")} AS text) FROM";
        if (_logRecorded)
        {
            // The database file keeps the turns as loaded beside the masked ones, with what was built from them: the
            // next session asked for the same log (notebook 07 after 06) puts them back rather than loading the files
            // again. This session no longer holds the log as loaded, so it reuses no build and records none (a table it
            // builds again forgets its record, BuildFromLog). The masked copy is made first and the tables swapped in one
            // transaction, so a failure leaves turns as it was.
            Connection.Execute($"CREATE OR REPLACE TABLE {MaskedTurns} AS {mask} turns");
            InOneTransaction(
                $"DROP TABLE IF EXISTS {LoadedLogRecord.TurnsAsLoaded}",
                $"ALTER TABLE turns RENAME TO {LoadedLogRecord.TurnsAsLoaded}",
                $"ALTER TABLE {MaskedTurns} RENAME TO turns");
            _logRecorded = false;
        }
        else if (LoadedLogRecord.TableExists(Connection, "turns"))
        {
            LoadedLogRecord.Forget(Connection); // turns no longer holds the log as it is on disk
            Connection.Execute($"CREATE OR REPLACE TABLE turns AS {mask} turns");
        }
        if (LoadedLogRecord.TableExists(Connection, "agent_turns"))
            Connection.Execute($"CREATE OR REPLACE TABLE agent_turns AS {mask} agent_turns");
    }

    private const string MaskedTurns = "_blindspot_turns_masked";

    private void InOneTransaction(params string[] statements)
    {
        Connection.Execute("BEGIN TRANSACTION");
        try
        {
            foreach (var statement in statements) Connection.Execute(statement);
            Connection.Execute("COMMIT");
        }
        catch
        {
            Connection.Execute("ROLLBACK");
            throw;
        }
    }

    /// <summary>
    /// <c>turns</c> holds the log recorded in the database file as loaded (<see cref="LoadedLogRecord"/>): tables built
    /// from it alone may be reused by, and recorded for, later sessions on the file.
    /// </summary>
    private bool _logRecorded;

    /// <summary>
    /// Runs <paramref name="file"/>, which builds <paramref name="table"/> from the loaded log alone, unless the database
    /// file holds that table built from this log by the same SQL (an earlier notebook of the run built it). At ten million
    /// sessions session features take 90 s and the prefixes 140 s; notebooks 02, 05, 06 and 07 each built them.
    /// </summary>
    /// <param name="setting">Anything besides the SQL text the table depends on (e.g. prefix_max_k).</param>
    internal void BuildFromLog(string file, string table, string setting = "")
    {
        var sqlFile = Files.Read(file);
        var key = LoadedLogRecord.StepKey(sqlFile.Text, Files.Read("session_terminal.sql").Text, setting);
        if (_logRecorded && LoadedLogRecord.HasStep(Connection, table, key, table)) return;
        LoadedLogRecord.ForgetStep(Connection, table); // whatever this session holds, the table is about to change
        Run(sqlFile, sqlFile.Statements(), returnLast: false);
        if (_logRecorded) LoadedLogRecord.RecordStep(Connection, table, key);
    }

    /// <summary>Sessions of the loaded log without a user message, left out of <c>turns</c> (0 before <see cref="LoadTurns"/>).</summary>
    public long NotEngagedSessions { get; private set; }

    private void SetAsideNotEngaged()
    {
        Connection.Execute("CREATE OR REPLACE TABLE not_engaged AS SELECT session_id, count(*)::INTEGER AS turns FROM turns GROUP BY session_id " +
                           "HAVING count(*) FILTER (WHERE speaker = 'user') = 0");
        NotEngagedSessions = Connection.Scalar<long>("SELECT count(*) FROM not_engaged");
        if (NotEngagedSessions > 0) Connection.Execute("DELETE FROM turns WHERE session_id IN (SELECT session_id FROM not_engaged)");
    }

    /// <summary>
    /// A log without conversation_id / customer_id gets them as NULL columns, so that every SQL file can name them; such a
    /// log cannot show a return (each session is its own conversation, no customer is known).
    /// </summary>
    private void AddMissingReturnKeys()
    {
        var columns = Connection.ColumnsOf("turns");
        foreach (var column in TurnLogSchema.ReturnKeyColumns.Where(c => !columns.Contains(c, StringComparer.OrdinalIgnoreCase)))
            Connection.Execute($"ALTER TABLE turns ADD COLUMN {column} VARCHAR");
    }

    private bool _sessionReturnsBuilt;

    /// <summary>Builds <c>session_returns</c> once per loaded log, for the definitions that read it (most do not).</summary>
    private void EnsureSessionReturns(SqlFile definition)
    {
        if (SessionReturnsStep.IsReadBy(definition)) EnsureSessionReturns();
    }

    /// <summary>
    /// Per definition, the sessions it leaves without a label: those that ended too close to the log's end to show a
    /// return within its window (0 for a definition without one). Needs <see cref="AllOutcomeLabels"/> first.
    /// </summary>
    public IReadOnlyDictionary<string, long> LeftOutSessions()
    {
        var sessions = Connection.Scalar<long>("SELECT count(*) FROM session_terminal");
        return OutcomeDefinitions().ToDictionary(d => d,
            d => sessions - Connection.Scalar<long>("SELECT count(*) FROM outcome_labels WHERE definition = ?", d), StringComparer.Ordinal);
    }

    /// <summary>The fingerprint of the turn log <see cref="LoadTurns"/> read (null before).</summary>
    public string? TurnLogFingerprint { get; private set; }

    /// <summary>The definition the <c>outcomes</c> table was last built with (null before <see cref="Outcomes"/>).</summary>
    public string? OutcomeDefinition { get; private set; }

    /// <summary>Simulated data only: loads the latent truth as table <c>truth</c>, for scoring (never for features).</summary>
    public void LoadTruth(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Simulation truth not found: {path}", path);
        Connection.Execute($"CREATE OR REPLACE TABLE truth AS SELECT * FROM read_parquet({DuckDbPath.Literal(path)})");
        HasTruth = true;
        _labelled.Clear(); // a definition from a cell may read it
    }

    /// <summary>
    /// Loads the users' ratings (an import's <c>ratings.parquet</c>: one row per rating, <c>csat</c> on the 1–5 scale) as
    /// table <c>ratings(session_id, rating)</c>, for <c>signals.sql</c>.
    /// </summary>
    public void LoadRatings(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Ratings not found: {path}", path);
        Connection.Execute($"CREATE OR REPLACE TABLE ratings AS SELECT CAST(session_id AS VARCHAR) AS session_id, CAST(csat AS DOUBLE) AS rating FROM read_parquet({DuckDbPath.Literal(path)})");
        HasRatings = true;
        _labelled.Clear(); // a definition from a cell may read them
    }

    /// <summary>Whether <see cref="LoadRatings"/> loaded the users' ratings.</summary>
    public bool HasRatings { get; private set; }

    /// <summary>Whether <see cref="LoadTruth"/> loaded a latent truth: only a simulated log has one.</summary>
    public bool HasTruth { get; private set; }

    /// <summary>Runs every statement of a file (e.g. <c>session_features.sql</c>).</summary>
    public void Execute(string file)
    {
        // A definition may read what these build: labels made before they are built again are not copied (BuildOutcomes).
        if (file is "session_features.sql" or "session_terminal.sql") _labelled.Clear();
        if (file == "session_features.sql")
        {
            BuildFromLog(file, "session_features");
            return;
        }
        var sqlFile = Files.Read(file);
        Run(sqlFile, sqlFile.Statements(), returnLast: false);
    }

    /// <summary>Runs a file, or one named query of it, and returns the last statement's result.</summary>
    public DataFrame Query(string file, string? name = null, params object?[] parameters)
    {
        var sqlFile = Files.Read(file);
        return Run(sqlFile, name is null ? sqlFile.Statements() : sqlFile.Section(name), returnLast: true, parameters)!;
    }

    /// <summary>Runs SQL typed in a notebook cell (reported as "cell").</summary>
    public DataFrame QueryText(string sql, params object?[] parameters)
    {
        var file = new SqlFile("cell", sql);
        return Run(file, file.Statements(), returnLast: true, parameters)!;
    }

    /// <summary>Names of the outcome definitions: one per file in <c>sql/outcomes/</c>, plus any registered from a cell.</summary>
    public IReadOnlyList<string> OutcomeDefinitions() =>
        Files.List("outcomes").Select(p => Path.GetFileNameWithoutExtension(p)).Concat(_registeredOutcomes.Keys)
           .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Adds an outcome definition from a notebook cell: a SELECT over <c>session_terminal</c> / <c>turns</c> /
    /// <c>session_returns</c> returning (session_id, outcome) with outcome in resolved / escalated / abandoned. It then behaves like a file in sql/outcomes/.
    /// </summary>
    public void DefineOutcome(string name, string selectSql)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9_]*$"))
            throw new ArgumentException($"Outcome definition names are lower_snake_case: '{name}'.");
        _registeredOutcomes[name] = new SqlFile($"outcome definition '{name}'", selectSql);
    }

    /// <summary>Builds table <c>outcomes(session_id, outcome)</c> with the chosen definition, checks its labels, and returns them.</summary>
    public DataFrame Outcomes(string definition = DefaultOutcomeDefinition)
    {
        BuildOutcomes(definition);
        return Connection.Query("SELECT session_id, outcome FROM outcomes ORDER BY session_id");
    }

    /// <summary>
    /// Builds and checks table <c>outcomes</c> without reading it back: what the pipeline needs (a million sessions'
    /// labels copied into a data frame only to be thrown away cost seconds).
    /// </summary>
    public void BuildOutcomes(string definition = DefaultOutcomeDefinition)
    {
        // Labels AllOutcomeLabels built and checked from the same SQL are copied, not computed and checked again: notebook
        // 07 selects seven definitions in turn on a log of ten million sessions.
        if (_labelled.TryGetValue(definition, out var labelledFrom) && labelledFrom == DefinitionFile(definition).Text)
            Connection.Execute("CREATE OR REPLACE TABLE outcomes AS SELECT session_id, outcome FROM outcome_labels WHERE definition = ?", definition);
        else
            BuildOutcomeTable("outcomes", definition);
        OutcomeDefinition = definition;
    }

    /// <summary>The definitions in <c>outcome_labels</c>, each with the SQL that labelled it (empty before <see cref="AllOutcomeLabels"/>).</summary>
    private readonly Dictionary<string, string> _labelled = new(StringComparer.Ordinal);

    /// <summary>
    /// The feature inputs and feature columns the definition's SQL reads (<see cref="OutcomeCircularity"/>); needs
    /// <c>session_features</c> built.
    /// </summary>
    public IReadOnlyList<string> CircularColumns(string definition)
    {
        var columns = Connection.ColumnsOf("session_features");
        return OutcomeCircularity.SharedColumns(DefinitionFile(definition).Text, columns);
    }

    /// <summary>The SQL of a definition: registered from a cell, or its file in <c>sql/outcomes/</c>.</summary>
    private SqlFile DefinitionFile(string definition) =>
        _registeredOutcomes.GetValueOrDefault(definition) ?? Files.Read($"outcomes/{definition}.sql");

    /// <summary>Whether the definition's label reads returns (<c>session_returns</c>): checking it against returns would be circular.</summary>
    public bool ReadsReturns(string definition) =>
        SessionReturnsStep.IsReadBy(DefinitionFile(definition));

    /// <summary>
    /// Whether the log can show a return: some session carries a conversation_id or customer_id (a log without them has
    /// one session per conversation and no known customer).
    /// </summary>
    public bool HasReturnKeys => Connection.Scalar<long>("SELECT count(*) FROM turns WHERE conversation_id IS NOT NULL OR customer_id IS NOT NULL") > 0;

    /// <summary>Builds <c>session_returns</c> when no definition has yet (the users' returns are checked against every label).</summary>
    public void EnsureSessionReturns()
    {
        if (_sessionReturnsBuilt) return;
        BuildFromLog(SessionReturnsStep.File, "session_returns");
        _sessionReturnsBuilt = true;
    }

    /// <summary>Every known definition and the feature inputs its label reads (empty: not circular).</summary>
    public Microsoft.Data.Analysis.DataFrame CircularityTable()
    {
        var definitions = OutcomeDefinitions();
        return new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.StringDataFrameColumn("definition", definitions),
            new Microsoft.Data.Analysis.StringDataFrameColumn("label_reads_feature_inputs", definitions.Select(d => string.Join(", ", CircularColumns(d)))),
            new Microsoft.Data.Analysis.BooleanDataFrameColumn("circular_for_models", definitions.Select(d => CircularColumns(d).Count > 0)));
    }

    /// <summary>Builds table <c>outcome_labels(definition, session_id, outcome)</c> with every definition.</summary>
    public void AllOutcomeLabels()
    {
        _labelled.Clear();
        var definitions = OutcomeDefinitions();
        // In a database file holding this log, the labels an earlier session made with the same SQL are kept (notebook 07
        // after 02 labels the same seven definitions), and only the others are made; rows of definitions not asked for go.
        // Only the files' definitions: one registered from a cell may read tables outside the log (ratings, a cell's own).
        var kept = definitions.Where(d => _logRecorded && !_registeredOutcomes.ContainsKey(d) && HasLabels(d)).ToHashSet(StringComparer.Ordinal);
        if (kept.Count == 0)
        {
            LoadedLogRecord.ForgetSteps(Connection, LabelStep(""));
            Connection.Execute("CREATE OR REPLACE TABLE outcome_labels (definition VARCHAR, session_id VARCHAR, outcome VARCHAR)");
        }
        else
            foreach (var other in Connection.Query("SELECT DISTINCT definition FROM outcome_labels").Values<string>("definition").Where(d => !kept.Contains(d)))
            {
                LoadedLogRecord.ForgetStep(Connection, LabelStep(other));
                Connection.Execute("DELETE FROM outcome_labels WHERE definition = ?", other);
            }
        foreach (var definition in definitions)
        {
            if (!kept.Contains(definition))
            {
                BuildOutcomeTable("_bs_one_definition", definition);
                Connection.Execute("INSERT INTO outcome_labels SELECT ?, session_id, outcome FROM _bs_one_definition", definition);
                if (_logRecorded && !_registeredOutcomes.ContainsKey(definition)) LoadedLogRecord.RecordStep(Connection, LabelStep(definition), LabelKey(definition));
            }
            _labelled[definition] = DefinitionFile(definition).Text;
        }
        Connection.Execute("DROP TABLE IF EXISTS _bs_one_definition");
    }

    private static string LabelStep(string definition) => "outcome_labels:" + definition;

    /// <summary>outcome_labels holds the definition's rows, made from this log by the same SQL.</summary>
    private bool HasLabels(string definition) =>
        LoadedLogRecord.HasStep(Connection, LabelStep(definition), LabelKey(definition), "outcome_labels")
        && Connection.Scalar<long>("SELECT count(*) FROM (SELECT 1 FROM outcome_labels WHERE definition = ? LIMIT 1)", definition) > 0;

    /// <summary>A definition's SQL and what it may read besides the loaded log.</summary>
    private string LabelKey(string definition) =>
        LoadedLogRecord.StepKey(DefinitionFile(definition).Text, Files.Read("session_features.sql").Text, Files.Read(SessionReturnsStep.File).Text);

    /// <summary><c>session_features</c> joined with the selected definition's <c>outcome</c>, in session order: what the models read.</summary>
    public const string FeaturesRelation =
        "(SELECT f.*, o.outcome FROM session_features f JOIN outcomes o USING (session_id) ORDER BY f.session_id)";

    /// <summary>The same rows unsorted: for reading a sample of them, or counting, without sorting every session first.</summary>
    public const string UnorderedFeaturesRelation =
        "(SELECT f.*, o.outcome FROM session_features f JOIN outcomes o USING (session_id))";

    /// <summary>What <see cref="FeaturesRelation"/> holds now: the outcome definition and the turn log's fingerprint (null before both).</summary>
    public Provenance? FeaturesProvenance =>
        OutcomeDefinition is not null && TurnLogFingerprint is not null ? new Provenance(OutcomeDefinition, TurnLogFingerprint) : null;

    /// <summary>
    /// Writes <c>session_features</c> joined with the selected definition's <c>outcome</c> to a Parquet file
    /// (the hand-over from the SQL notebook to the models), atomically. Run <see cref="Outcomes"/> and
    /// <c>session_features.sql</c> first.
    /// </summary>
    public string WriteFeatures(string path)
    {
        var partial = path + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var metadata = new Dictionary<string, string>(FeatureFileMark.Pairs);
        if (FeaturesProvenance is { } provenance)
            foreach (var (key, value) in provenance.Pairs) metadata[key] = value;
        Connection.Execute(
            $"COPY {FeaturesRelation} TO {DuckDb.Literal(partial)} (FORMAT parquet, COMPRESSION zstd{ParquetFromReader.KvMetadata(metadata)})");
        File.Move(partial, path, overwrite: true);
        return path;
    }

    private void BuildOutcomeTable(string table, string definition)
    {
        var file = _registeredOutcomes.GetValueOrDefault(definition)
            ?? (OutcomeDefinitions().Contains(definition)
                ? Files.Read($"outcomes/{definition}.sql")
                : throw new ArgumentException($"Unknown outcome definition '{definition}'. Known: {string.Join(", ", OutcomeDefinitions())}."));
        var statements = file.Statements();
        if (statements.Count != 1) throw new SqlFileException(file.Name, 1, "an outcome definition is exactly one SELECT statement", new InvalidOperationException());
        EnsureSessionReturns(file);
        Run(file, [statements[0] with { Text = $"CREATE OR REPLACE TABLE {table} AS {statements[0].Text}" }], returnLast: false);
        OutcomeLabelCheck.Verify(sql => Connection.Scalar<long>(sql), file, statements[0], table, _sessionReturnsBuilt);
    }

    private DataFrame? Run(SqlFile file, IReadOnlyList<SqlStatement> statements, bool returnLast, params object?[] parameters)
    {
        if (statements.Count == 0) throw new ArgumentException($"{file.Name} has no SQL statement.");
        DataFrame? result = null;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var last = i == statements.Count - 1;
            var bound = last ? parameters : [];
            DataFrame? Once()
            {
                if (last && returnLast) return Connection.Query(statement.Text, bound);
                Connection.Execute(statement.Text, bound);
                return null;
            }
            try
            {
                result = Once();
            }
            catch (DuckDBException e) when (OutOfMemory.IsFrom(e) && MemoryLimit is not null)
            {
                result = OutOfMemory.OnOneThread(Connection, Once, e, $"{file.Name}:{statement.StartLine}",
                    retryFailed => new SqlFileException(file.Name, statement.StartLine + ErrorLineOffset(retryFailed.Message), retryFailed.Message, retryFailed));
            }
            catch (DuckDBException e)
            {
                throw new SqlFileException(file.Name, statement.StartLine + ErrorLineOffset(e.Message), e.Message, e);
            }
        }
        return result;
    }

    /// <summary>DuckDB writes "LINE n:" relative to the statement; turn it into an offset from the statement's first line.</summary>
    private static int ErrorLineOffset(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"LINE (\d+):");
        return match.Success ? int.Parse(match.Groups[1].Value) - 1 : 0;
    }

    public void Dispose()
    {
        Connection.Dispose();
        if (_ownsDatabaseFile && DatabaseFile is not null) DuckDbOptions.DeleteDatabase(DatabaseFile);
    }
}
