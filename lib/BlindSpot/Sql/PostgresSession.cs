using BlindSpot.Core;
using BlindSpot.Logs;
using Microsoft.Data.Analysis;
using Npgsql;

namespace BlindSpot.Sql;

/// <summary>
/// The <c>sql/</c> files run by name inside a PostgreSQL server, over the table <c>turns</c> where the log already lives
/// (<see cref="PostgresTurnLog"/>): the same files <see cref="SqlSession"/> runs on DuckDB, unchanged. Every table and view
/// they create is temporary, gone when the session closes. A failing statement names the file and the line.
/// </summary>
public sealed class PostgresSession : IOutcomeSteps, IDisposable
{
    private readonly PostgresTurnLog _log;

    private PostgresSession(PostgresTurnLog log, SqlDirectory files)
    {
        _log = log;
        Files = files;
    }

    public SqlDirectory Files { get; }

    /// <summary>Where the log is (user, host, port, database, table), never the password.</summary>
    public string Description => _log.Description;

    /// <param name="connectionString">Npgsql's <c>Host=…;Port=…;Database=…;Username=…</c>; a password in it is used, never shown.</param>
    /// <param name="sql">Where the SQL files are read from (default: the repository's sql/ folder, else the embedded copies).</param>
    public static PostgresSession Open(string connectionString, SqlDirectory? sql = null) =>
        new(PostgresTurnLog.Open(connectionString), sql ?? SqlDirectory.Find());

    /// <summary>Checks the log against the contract inside the server; on success, creates the <c>session_terminal</c> table.</summary>
    public ValidationReport Validate(IProgress<string>? progress = null)
    {
        var report = PostgresTurnLogValidator.Validate(_log, progress);
        if (report.IsValid) Execute("session_terminal.sql");
        _sessionReturnsBuilt = false;
        return report;
    }

    /// <summary>Runs every statement of a file (e.g. <c>session_features.sql</c>).</summary>
    public void Execute(string file)
    {
        var sqlFile = Files.Read(file);
        foreach (var statement in sqlFile.Statements()) Run(sqlFile, statement, command => command.ExecuteNonQuery());
    }

    /// <summary>Runs a file, or one named query of it, and returns the last statement's result.</summary>
    public DataFrame Query(string file, string? name = null)
    {
        var sqlFile = Files.Read(file);
        var statements = name is null ? sqlFile.Statements() : sqlFile.Section(name);
        foreach (var statement in statements.SkipLast(1)) Run(sqlFile, statement, command => command.ExecuteNonQuery());
        return Run(sqlFile, statements[^1], command =>
        {
            using var reader = command.ExecuteReader();
            return DuckDbFrames.Read(reader);
        });
    }

    /// <summary>Names of the outcome definitions: one per file in <c>sql/outcomes/</c>.</summary>
    public IReadOnlyList<string> OutcomeDefinitions() =>
        Files.List("outcomes").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Builds the temporary table <c>outcomes(session_id, outcome)</c> with the chosen definition and checks its labels.</summary>
    public void BuildOutcomes(string definition = SqlSession.DefaultOutcomeDefinition) => BuildOutcomeTable("outcomes", definition);

    /// <summary>Builds the temporary table <c>outcome_labels(definition, session_id, outcome)</c> with every definition.</summary>
    public void AllOutcomeLabels()
    {
        ExecuteText("DROP TABLE IF EXISTS outcome_labels");
        ExecuteText("CREATE TEMPORARY TABLE outcome_labels (definition text, session_id text, outcome text)");
        foreach (var definition in OutcomeDefinitions())
        {
            BuildOutcomeTable("_bs_one_definition", definition);
            ExecuteText("INSERT INTO outcome_labels SELECT $1, session_id, outcome FROM _bs_one_definition", definition);
        }
        ExecuteText("DROP TABLE IF EXISTS _bs_one_definition");
    }

    /// <summary>
    /// Writes <c>session_features</c> joined with the selected definition's <c>outcome</c> to a Parquet file, with the
    /// columns, types and row order (session_id in byte order, whatever the database's collation) of
    /// <see cref="SqlSession.WriteFeatures"/>. Only the result leaves the server. Run <see cref="BuildOutcomes"/> and
    /// <c>session_features.sql</c> first.
    /// </summary>
    public long WriteFeatures(string path)
    {
        using var command = new NpgsqlCommand(
            "SELECT f.*, o.outcome FROM session_features f JOIN outcomes o USING (session_id) ORDER BY f.session_id COLLATE \"C\"", _log.Connection);
        using var reader = command.ExecuteReader();
        return ParquetFromReader.Write(reader, path, FeatureFileMark.Pairs);
    }

    private void BuildOutcomeTable(string table, string definition)
    {
        if (!OutcomeDefinitions().Contains(definition))
            throw new ArgumentException($"Unknown outcome definition '{definition}'. Known: {string.Join(", ", OutcomeDefinitions())}.");
        var file = Files.Read($"outcomes/{definition}.sql");
        var statements = file.Statements();
        if (statements.Count != 1) throw new SqlFileException(file.Name, 1, "an outcome definition is exactly one SELECT statement", new InvalidOperationException());
        if (!_sessionReturnsBuilt && SessionReturnsStep.IsReadBy(file))
        {
            Execute(SessionReturnsStep.File);
            _sessionReturnsBuilt = true;
        }
        ExecuteText($"DROP TABLE IF EXISTS {table}");
        Run(file, statements[0] with { Text = $"CREATE TEMPORARY TABLE {table} AS {statements[0].Text}" }, command => command.ExecuteNonQuery());
        OutcomeLabelCheck.Verify(Count, file, statements[0], table, _sessionReturnsBuilt);
    }

    private bool _sessionReturnsBuilt;

    private long Count(string sql)
    {
        using var command = new NpgsqlCommand(sql, _log.Connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void ExecuteText(string sql, params object[] parameters)
    {
        using var command = new NpgsqlCommand(sql, _log.Connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.ExecuteNonQuery();
    }

    private T Run<T>(SqlFile file, SqlStatement statement, Func<NpgsqlCommand, T> run)
    {
        using var command = new NpgsqlCommand(statement.Text, _log.Connection);
        try
        {
            return run(command);
        }
        catch (PostgresException e)
        {
            throw new SqlFileException(file.Name, statement.StartLine + ErrorLineOffset(statement.Text, e.Position), e.Message, e);
        }
    }

    /// <summary>PostgreSQL reports a 1-based character position in the statement; turn it into lines below its first.</summary>
    private static int ErrorLineOffset(string statement, int position) =>
        position < 1 ? 0 : statement[..Math.Min(position - 1, statement.Length)].Count(c => c == '\n');

    public void Dispose() => _log.Dispose();
}
