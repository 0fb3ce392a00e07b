using System.Text.RegularExpressions;
using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// Checks a turn log against the contract (<see cref="TurnLogSchema"/>, <see cref="ValidationRules"/>) inside
/// a DuckDB connection, and loads the valid sessions. A session with any broken rule is rejected whole, since
/// its features would be wrong; valid + rejected rows always add up to the input rows.
/// </summary>
public static partial class TurnLogValidator
{
    public const int FirstRowsShown = 5;

    public static ValidationReport Validate(DuckDBConnection db, string path, IProgress<string>? progress = null)
    {
        progress?.Report($"reading {path}");
        // rowid keeps the input order (DuckDB preserves insertion order), so _row numbers the input rows without a window.
        db.Execute($"CREATE OR REPLACE TEMP TABLE _bs_raw AS SELECT * FROM {TurnLogSource.Relation(path)}");
        var inputRows = db.Scalar<long>("SELECT count(*) FROM _bs_raw");
        var present = Columns(db, "_bs_raw");
        var missing = TurnLogSchema.ColumnNames.Where(c => !present.Contains(c)).ToList();
        if (missing.Count > 0) return MissingColumnReport(db, path, inputRows, missing, present);

        // A view, not a copy: each rule casts only the columns it reads.
        db.Execute("CREATE OR REPLACE TEMP VIEW _bs_typed AS SELECT " + string.Concat(TurnLogSchema.Columns.Select(TypedColumn)) + "rowid + 1 AS _row FROM _bs_raw");
        db.Execute("CREATE OR REPLACE TEMP TABLE _bs_violations (rule_index INTEGER, _row BIGINT, session_id VARCHAR, turn_index VARCHAR)");
        var rules = ValidationRules.All().ToList();
        for (var i = 0; i < rules.Count; i++)
        {
            progress?.Report($"rule {i + 1}/{rules.Count}: {rules[i].Name}");
            db.Execute($"INSERT INTO _bs_violations SELECT {i}, * FROM ({rules[i].Query})");
        }

        var violations = new List<RuleViolation>();
        if (inputRows == 0) violations.Add(new RuleViolation("no_rows", "the turn log has no rows", 0, []));
        for (var i = 0; i < rules.Count; i++)
        {
            var count = db.Scalar<long>("SELECT count(*) FROM _bs_violations WHERE rule_index = ?", i);
            if (count > 0) violations.Add(new RuleViolation(rules[i].Name, rules[i].Description, count, FirstRows(db, i)));
        }

        db.Execute("CREATE OR REPLACE TEMP TABLE _bs_rejected_sessions AS SELECT DISTINCT coalesce(session_id, '') AS sid FROM _bs_violations");
        var rejected = db.Scalar<long>($"SELECT count(*) FROM _bs_typed WHERE {Rejected("_bs_typed")}");
        var valid = db.Scalar<long>($"SELECT count(*) FROM _bs_typed WHERE NOT {Rejected("_bs_typed")}");
        return new ValidationReport(path, inputRows, valid, rejected, violations);
    }

    /// <summary>
    /// Validates <paramref name="path"/> and loads its valid sessions into <paramref name="table"/> with the
    /// schema's types (extra columns carried through). Invalid input throws
    /// <see cref="TurnLogValidationException"/> unless <paramref name="quarantineDirectory"/> is given: then the
    /// rejected rows and their reasons go to <c>rejected.csv</c> there and only the valid sessions are loaded.
    /// </summary>
    public static ValidationReport Import(DuckDBConnection db, string path, string table = "turns", string? quarantineDirectory = null,
                                          IProgress<string>? progress = null)
    {
        if (!IdentifierPattern().IsMatch(table)) throw new ArgumentException($"Not a plain table name: '{table}'.", nameof(table));
        var report = Validate(db, path, progress);
        progress?.Report($"loading the valid sessions into {table}");
        if (!report.IsValid && quarantineDirectory is null) throw new TurnLogValidationException(report);
        if (quarantineDirectory is not null) WriteRejected(db, report, quarantineDirectory);
        if (report.Violations.Any(v => v.Rule == "missing_column"))
        {
            db.Execute($"CREATE OR REPLACE TABLE {table} AS SELECT * FROM ({SchemaOnlySelect()}) WHERE false");
            DropWorkTables(db);
            return report;
        }
        var extras = Columns(db, "_bs_raw").Where(c => !TurnLogSchema.ColumnNames.Contains(c)).Select(c => $"r.\"{c}\"");
        var select = string.Join(", ", TurnLogSchema.Columns.Select(c =>
            c.DuckDbType == "VARCHAR" ? $"CAST(r.\"{c.Name}\" AS VARCHAR) AS {c.Name}" : $"CAST(CAST(r.\"{c.Name}\" AS VARCHAR) AS {c.DuckDbType}) AS {c.Name}").Concat(extras));
        // Valid rows cast without error by construction; a plain scan keeps the input order.
        db.Execute($"CREATE OR REPLACE TABLE {table} AS SELECT {select} FROM _bs_raw r WHERE NOT {Rejected("r")}");
        DropWorkTables(db);
        return report;
    }

    private static void WriteRejected(DuckDBConnection db, ValidationReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, "rejected.csv");
        var partial = target + ".partial";
        var rawColumns = string.Join(", ", Columns(db, "_bs_raw").Select(c => $"CAST(r.\"{c}\" AS VARCHAR) AS \"{c}\""));
        string reason;
        if (report.Violations.FirstOrDefault(v => v.Rule == "missing_column") is { } missing)
        {
            reason = DuckDb.Literal($"missing_column: {missing.Description}");
            db.Execute($"COPY (SELECT r.rowid + 1 AS input_row, {rawColumns}, {reason} AS reject_reason FROM _bs_raw r ORDER BY r.rowid) TO {DuckDb.Literal(partial)} (FORMAT csv, HEADER true)");
        }
        else
        {
            var names = string.Join(", ", ValidationRules.All().Select((rule, i) => $"({i}, {DuckDb.Literal(rule.Name + ": " + rule.Description)})"));
            db.Execute($"""
                COPY (
                  WITH names(rule_index, label) AS (VALUES {names}),
                       own AS (SELECT v._row, string_agg(DISTINCT n.label, '; ' ORDER BY n.label) AS why
                               FROM _bs_violations v JOIN names n USING (rule_index) WHERE v._row IS NOT NULL GROUP BY v._row),
                       session AS (SELECT coalesce(v.session_id, '') AS sid, string_agg(DISTINCT n.label, '; ' ORDER BY n.label) AS why
                                   FROM _bs_violations v JOIN names n USING (rule_index) GROUP BY 1)
                  SELECT r.rowid + 1 AS input_row, {rawColumns},
                         coalesce(own.why, 'session rejected: ' || session.why) AS reject_reason
                  FROM _bs_raw r
                  LEFT JOIN own ON own._row = r.rowid + 1
                  LEFT JOIN session ON session.sid = coalesce(CAST(r.session_id AS VARCHAR), '')
                  WHERE session.sid IS NOT NULL ORDER BY r.rowid
                ) TO {DuckDb.Literal(partial)} (FORMAT csv, HEADER true)
                """);
        }
        File.Move(partial, target, overwrite: true);
    }

    private static string Rejected(string alias) =>
        $"coalesce(CAST({alias}.session_id AS VARCHAR), '') IN (SELECT sid FROM _bs_rejected_sessions)";

    /// <summary>The work tables hold a copy of the whole log: free them once the valid rows are loaded.</summary>
    private static void DropWorkTables(DuckDBConnection db)
    {
        db.Execute("DROP VIEW IF EXISTS _bs_typed");
        foreach (var t in new[] { "_bs_raw", "_bs_violations", "_bs_rejected_sessions" })
            db.Execute($"DROP TABLE IF EXISTS {t}");
    }

    private static ValidationReport MissingColumnReport(DuckDBConnection db, string path, long inputRows, List<string> missing, HashSet<string> present)
    {
        string Col(string name) => present.Contains(name) ? $"CAST(\"{name}\" AS VARCHAR)" : "NULL";
        var first = new List<OffendingRow>();
        using (var cmd = db.CreateCommand($"SELECT {Col("session_id")}, {Col("turn_index")} FROM _bs_raw ORDER BY rowid LIMIT {FirstRowsShown}"))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read()) first.Add(new OffendingRow(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        var violation = new RuleViolation("missing_column", $"column(s) {string.Join(", ", missing)} missing; every row is rejected", inputRows, first);
        return new ValidationReport(path, inputRows, 0, inputRows, [violation]);
    }

    private static List<OffendingRow> FirstRows(DuckDBConnection db, int ruleIndex)
    {
        var rows = new List<OffendingRow>();
        using var cmd = db.CreateCommand(
            $"SELECT session_id, turn_index FROM _bs_violations WHERE rule_index = ? ORDER BY _row NULLS LAST, session_id, TRY_CAST(turn_index AS BIGINT) LIMIT {FirstRowsShown}", ruleIndex);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            rows.Add(new OffendingRow(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        return rows;
    }

    private static HashSet<string> Columns(DuckDBConnection db, string table)
    {
        var names = new HashSet<string>();
        using var cmd = db.CreateCommand($"SELECT column_name FROM (DESCRIBE {table})");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>
    /// Typed copy of a column plus, where a cast can fail, its text (<c>_raw_*</c>) for the wrong_type rule.
    /// The message text is left out: no rule reads it, and it is most of a log's bytes.
    /// </summary>
    private static string TypedColumn(TurnLogColumn c)
    {
        var text = $"CAST(\"{c.Name}\" AS VARCHAR)";
        if (c.Name == "text") return "";
        return c.DuckDbType == "VARCHAR"
            ? $"{text} AS {c.Name}, "
            : $"TRY_CAST({text} AS {c.DuckDbType}) AS {c.Name}, {text} AS _raw_{c.Name}, ";
    }

    private static string SchemaOnlySelect() =>
        "SELECT " + string.Join(", ", TurnLogSchema.Columns.Select(c => $"NULL::{c.DuckDbType} AS {c.Name}"));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
