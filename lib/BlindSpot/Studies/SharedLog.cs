using BlindSpot.Logs;
using BlindSpot.Sql;

namespace BlindSpot.Studies;

/// <summary>
/// One turn log loaded once into DuckDB, shared by a study and the studies of the same log under other outcome
/// definitions (<see cref="Study.Under"/>): the log is read and validated once, and what does not depend on the label
/// (session features, every definition's labels, the latent truth, the prefixes) is built once.
/// </summary>
internal sealed class SharedLog(string turnLog, StudyOptions options) : IDisposable
{
    private SqlSession? _session;

    /// <summary>Who the session's <c>outcomes</c> table is for now: each study rebuilds it for its own definition before reading it.</summary>
    public string? OutcomesFor => _session?.OutcomeDefinition;

    public ValidationReport? Report { get; private set; }

    /// <summary>The cell definitions are known and session_features is built.</summary>
    public bool FeaturesBuilt { get; set; }

    /// <summary>Every definition's labels (and the truth, on a simulated log) are in the session.</summary>
    public bool LabelsBuilt { get; set; }

    /// <summary>The prefix tables are built (for this many user turns); 0: not yet.</summary>
    public int PrefixesBuiltFor { get; set; }

    public string? Fingerprint { get; set; }

    /// <summary>The turn log validated and loaded; an invalid log stops here with its validation report.</summary>
    public SqlSession Session
    {
        get
        {
            if (_session is not null) return _session;
            var session = new SqlSession(options.DuckDb, options.SqlFiles);
            var report = session.LoadTurns(turnLog);
            if (!report.IsValid)
            {
                session.Dispose();
                throw new InvalidDataException(report.ToString());
            }
            Report = report;
            return _session = session;
        }
    }

    public bool IsLoaded => _session is not null;

    public void Dispose()
    {
        _session?.Dispose();
        _session = null;
    }
}
