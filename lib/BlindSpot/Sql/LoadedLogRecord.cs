using System.Security.Cryptography;
using System.Text;
using BlindSpot.Core;
using BlindSpot.Logs;
using DuckDB.NET.Data;

namespace BlindSpot.Sql;

/// <summary>
/// What a database file says about the turn log loaded in it: which files, as they were when loaded, with which
/// library and SQL, and what validating them found. A later session on the same file (the next notebook of a run with
/// <c>--database</c>) that is asked to load the same log finds it loaded and validated, and skips the load: at ten
/// million sessions each load took 87 s, and notebooks 05, 06 and 07 each loaded the log again.
/// </summary>
/// <remarks>
/// The files are known by their full names, sizes and times of last change, as make knows them: reading them whole to
/// compare their content would cost much of the load it saves. <see cref="SqlSession.Redact"/> sets the turns aside as
/// loaded (<see cref="TurnsAsLoaded"/>) and the next session asked for the log puts them back. The record also lists
/// the tables built from the log alone, with the SQL that built them (<see cref="HasStep"/>).
/// </remarks>
internal static class LoadedLogRecord
{
    private const string Table = "_blindspot_loaded_log";

    /// <summary>What a session restores instead of loading.</summary>
    public sealed record Kept(ValidationReport Report, string Fingerprint, long NotEngagedSessions);

    /// <summary>
    /// Where <see cref="SqlSession.Redact"/> sets the turns aside as loaded, while <c>turns</c> holds them masked; the next
    /// session asked for the same log puts them back instead of loading the files again.
    /// </summary>
    public const string TurnsAsLoaded = "_blindspot_turns_as_loaded";

    /// <summary>Tables built from the loaded log alone (session features, returns, labels, prefixes), each with the key of the SQL that built it.</summary>
    private const string Steps = "_blindspot_built_from_log";

    /// <summary>The record, when the database holds the log <paramref name="key"/> names; null otherwise.</summary>
    public static Kept? Find(DuckDBConnection db, string key)
    {
        if (!TableExists(db, Table)) return null;
        using var command = db.CreateCommand($"SELECT source, input_rows, report_fingerprint, fingerprint, not_engaged FROM {Table} WHERE log_key = $1", key);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var rows = reader.GetInt64(1);
        var report = new ValidationReport(reader.GetString(0), rows, rows, 0, []) { Fingerprint = reader.IsDBNull(2) ? null : reader.GetString(2) };
        return new Kept(report, reader.GetString(3), reader.GetInt64(4));
    }

    /// <summary>Records a valid log just loaded (replacing any earlier record: the database holds one log).</summary>
    public static void Write(DuckDBConnection db, string key, ValidationReport report, string fingerprint, long notEngaged)
    {
        db.Execute($"CREATE OR REPLACE TABLE {Table} (log_key VARCHAR, source VARCHAR, input_rows BIGINT, report_fingerprint VARCHAR, fingerprint VARCHAR, not_engaged BIGINT)");
        db.Execute($"INSERT INTO {Table} VALUES ($1, $2, $3, $4, $5, $6)", key, report.Source, report.InputRows, report.Fingerprint, fingerprint, notEngaged);
    }

    /// <summary>Forgets the record, what was built from the log, and the turns set aside as loaded: another log is loaded.</summary>
    public static void Forget(DuckDBConnection db)
    {
        foreach (var table in new[] { Table, Steps, TurnsAsLoaded }) db.Execute($"DROP TABLE IF EXISTS {table}");
    }

    /// <summary>Whether <paramref name="table"/> was built from the recorded log by the SQL <paramref name="key"/> names, and is still there.</summary>
    public static bool HasStep(DuckDBConnection db, string step, string key, string table) =>
        TableExists(db, Steps) && TableExists(db, table)
        && db.Scalar<long>($"SELECT count(*) FROM {Steps} WHERE step = $1 AND key = $2", step, key) > 0;

    /// <summary>Records that a step was built from the recorded log by the SQL <paramref name="key"/> names (replacing an earlier build).</summary>
    public static void RecordStep(DuckDBConnection db, string step, string key)
    {
        db.Execute($"CREATE TABLE IF NOT EXISTS {Steps} (step VARCHAR, key VARCHAR)");
        ForgetStep(db, step);
        db.Execute($"INSERT INTO {Steps} VALUES ($1, $2)", step, key);
    }

    public static void ForgetStep(DuckDBConnection db, string step)
    {
        if (TableExists(db, Steps)) db.Execute($"DELETE FROM {Steps} WHERE step = $1", step);
    }

    /// <summary>Forgets every step whose name starts with <paramref name="prefix"/>.</summary>
    public static void ForgetSteps(DuckDBConnection db, string prefix)
    {
        if (TableExists(db, Steps)) db.Execute($"DELETE FROM {Steps} WHERE starts_with(step, $1)", prefix);
    }

    /// <summary>A key for the SQL texts (and any setting) a step was built with.</summary>
    public static string StepKey(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", parts))));

    public static bool TableExists(DuckDBConnection db, string table) =>
        db.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ?", table) > 0;

    /// <summary>
    /// The log's files (a file, or every file under a folder) by full name, size and time of last change, with the
    /// library and the SQL that load it; null when a file cannot be seen.
    /// </summary>
    public static string? KeyOf(string path, SqlDirectory sql)
    {
        var text = new StringBuilder();
        try
        {
            var full = Path.GetFullPath(path);
            var files = Directory.Exists(full)
                ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : [full];
            foreach (var file in files)
            {
                var info = new FileInfo(file);
                text.Append(file).Append('\0').Append(info.Length).Append('\0').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }
            foreach (var name in new[] { "schema.sql", "session_terminal.sql" }) text.Append(sql.Read(name).Text).Append('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        text.Append(typeof(LoadedLogRecord).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
