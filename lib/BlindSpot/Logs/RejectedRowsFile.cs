using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// Writes the quarantine's <c>rejected.csv</c>: every rejected row in input order with its input row, the line it
/// starts on (CSV sources), its columns as text, the reason, and, for a damaged line, its raw text.
/// </summary>
internal static class RejectedRowsFile
{
    public const string FileName = "rejected.csv";

    /// <summary>
    /// Refuses, before anything is read, a quarantine folder that already holds a <c>rejected.csv</c> (an earlier run's,
    /// or the very file being validated): a quarantine never replaces a file.
    /// </summary>
    public static void EnsureFree(string directory)
    {
        var target = Path.Combine(directory, FileName);
        if (File.Exists(target) || Directory.Exists(target))
            throw new IOException($"{target} exists: give the quarantine a new or empty folder (nothing is written over).");
    }

    public static void Write(DuckDBConnection db, ValidationReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, FileName);
        var partial = target + ".partial";
        var hasLines = TurnLogValidator.HasLineColumns(db);
        var line = hasLines ? $"r.{TurnLogCsvCopy.LineColumn}" : "NULL::BIGINT";
        var rawLine = hasLines ? $"r.{TurnLogCsvCopy.RawLineColumn}" : "NULL::VARCHAR";
        var columns = string.Join(", ", TurnLogValidator.DataColumns(db).Select(c => $"CAST(r.\"{c}\" AS VARCHAR) AS \"{c}\""));
        var lead = $"r.rowid + 1 AS input_row, {line} AS input_line, {columns}";
        if (report.Violations.FirstOrDefault(v => v.Rule == "missing_column") is { } missing)
        {
            var reason = DuckDb.Literal($"missing_column: {missing.Description}");
            db.Execute($"COPY (SELECT {lead}, {reason} AS reject_reason, {rawLine} AS raw_line FROM _bs_raw r ORDER BY r.rowid) TO {DuckDb.Literal(partial)} (FORMAT csv, HEADER true)");
        }
        else
        {
            var names = string.Join(", ", ValidationRules.All().Select((rule, i) => $"({i}, {DuckDb.Literal(rule.Name + ": " + rule.Description)})"));
            var ownProblem = hasLines
                ? $"CASE WHEN r.{TurnLogCsvCopy.ProblemColumn} IS NOT NULL THEN {DuckDb.Literal(ValidationRules.MalformedLine + ": ")} || r.{TurnLogCsvCopy.ProblemColumn} END"
                : "NULL";
            db.Execute($"""
                COPY (
                  WITH names(rule_index, label) AS (VALUES {names}),
                       own AS (SELECT v._row, string_agg(DISTINCT n.label, '; ' ORDER BY n.label) AS why
                               FROM _bs_violations v JOIN names n USING (rule_index) WHERE v._row IS NOT NULL GROUP BY v._row),
                       session AS (SELECT coalesce(v.session_id, '') AS sid, string_agg(DISTINCT n.label, '; ' ORDER BY n.label) AS why
                                   FROM _bs_violations v JOIN names n USING (rule_index) GROUP BY 1)
                  SELECT {lead},
                         coalesce({ownProblem}, own.why, 'session rejected: ' || session.why) AS reject_reason,
                         {rawLine} AS raw_line
                  FROM _bs_raw r
                  LEFT JOIN own ON own._row = r.rowid + 1
                  LEFT JOIN session ON session.sid = coalesce(CAST(r.session_id AS VARCHAR), '')
                  WHERE session.sid IS NOT NULL ORDER BY r.rowid
                ) TO {DuckDb.Literal(partial)} (FORMAT csv, HEADER true)
                """);
        }
        File.Move(partial, target);
    }
}
