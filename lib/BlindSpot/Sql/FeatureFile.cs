using BlindSpot.Core;
using BlindSpot.Logs;

namespace BlindSpot.Sql;

/// <summary>What a feature file was computed from, and how many sessions it holds.</summary>
public sealed record FeatureFileResult(string Source, string Engine, ValidationReport Report, long Sessions, string Path);

/// <summary>
/// The features of a turn log, computed where the log is: a file or folder in DuckDB, a PostgreSQL table in PostgreSQL,
/// with the same <c>sql/</c> files, and written as one Parquet file (session_features plus the chosen outcome).
/// An invalid log throws <see cref="TurnLogValidationException"/>: no features are written from it.
/// </summary>
public static class FeatureFile
{
    /// <param name="duckDb">For a file or folder: the DuckDB database file and memory limit to work with (default: memory).</param>
    public static FeatureFileResult Write(string source, string outcomeDefinition, string path, SqlDirectory? sql = null, IProgress<string>? progress = null,
                                          DuckDbOptions? duckDb = null) =>
        PostgresTurnLog.IsConnectionString(source)
            ? FromPostgres(source, outcomeDefinition, path, sql, progress)
            : FromFile(source, outcomeDefinition, path, sql, progress, duckDb);

    private static FeatureFileResult FromFile(string source, string outcomeDefinition, string path, SqlDirectory? sql, IProgress<string>? progress,
                                              DuckDbOptions? duckDb)
    {
        using var session = new SqlSession(duckDb, sql);
        progress?.Report($"validating and loading {source}");
        var report = session.LoadTurns(source);
        progress?.Report($"session features and outcomes ({outcomeDefinition}) in DuckDB");
        SqlStage.Features(session, outcomeDefinition);
        session.WriteFeatures(path);
        return new FeatureFileResult(source, "DuckDB", report, DuckDbSessions(session), path);
    }

    private static FeatureFileResult FromPostgres(string connectionString, string outcomeDefinition, string path, SqlDirectory? sql, IProgress<string>? progress)
    {
        using var session = PostgresSession.Open(connectionString, sql);
        var report = session.Validate(progress);
        if (!report.IsValid) throw new TurnLogValidationException(report);
        progress?.Report($"session features and outcomes ({outcomeDefinition}) in PostgreSQL");
        SqlStage.Features(session, outcomeDefinition);
        progress?.Report($"writing {path}");
        var sessions = session.WriteFeatures(path);
        return new FeatureFileResult(session.Description, "PostgreSQL", report, sessions, path);
    }

    /// <summary>The rows written, as on PostgreSQL: a definition with a return window labels fewer sessions than have features.</summary>
    private static long DuckDbSessions(SqlSession session) =>
        session.Connection.Scalar<long>("SELECT count(*) FROM session_features JOIN outcomes USING (session_id)");
}
