using System.Text.RegularExpressions;
using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// Checks a turn log against the contract (<see cref="TurnLogSchema"/>, <see cref="ValidationRules"/>) inside
/// a DuckDB connection, and loads the valid sessions. A session with any broken rule, or with a damaged CSV line,
/// is rejected whole, since its features would be wrong; valid + rejected rows always add up to the input rows
/// (a damaged line counts as one input row).
/// </summary>
public static partial class TurnLogValidator
{
    public const int FirstRowsShown = 5;

    public static ValidationReport Validate(DuckDBConnection db, string path, IProgress<string>? progress = null)
    {
        var report = Validate(db, path, progress, typedCsv: true);
        if (report.IsValid || !TurnLogSource.IsCsv(path) || HasLineColumns(db)) return report;
        // A CSV read straight into the contract's types broke a rule: validated again through the strict copy, so that
        // the report and the quarantine give each rejected row its line and its values as the file wrote them.
        progress?.Report("a rule is broken: reading the CSV again line by line to report it");
        DropWorkTables(db);
        return Validate(db, path, progress, typedCsv: false);
    }

    private static ValidationReport Validate(DuckDBConnection db, string path, IProgress<string>? progress, bool typedCsv)
    {
        progress?.Report($"reading {path}");
        var hasLines = TurnLogReader.Load(db, path, "_bs_raw", typedCsv);
        var inputRows = db.Scalar<long>("SELECT count(*) FROM _bs_raw");
        var present = DataColumns(db);
        var missing = TurnLogSchema.ColumnNames.Where(c => !present.Contains(c)).ToList();
        if (missing.Count > 0) return MissingColumnReport(db, path, inputRows, missing, present);

        CreateMalformedView(db, hasLines);
        var damaged = hasLines && db.Scalar<long>("SELECT count(*) FROM _bs_malformed") > 0;
        if (damaged) db.Execute("CREATE OR REPLACE TEMP TABLE _bs_damaged_sessions AS SELECT DISTINCT coalesce(session_id, '') AS sid FROM _bs_malformed");
        // rowid keeps the input order (DuckDB preserves insertion order), so _row numbers the input rows without a window.
        // A view, not a copy: each rule casts only the columns it reads. A session with a damaged line is left out:
        // it is rejected anyway, and the rules would only report the gap its missing row leaves.
        var wellFormed = damaged
            ? $" WHERE {TurnLogCsvCopy.ProblemColumn} IS NULL AND coalesce(CAST(session_id AS VARCHAR), '') NOT IN (SELECT sid FROM _bs_damaged_sessions)"
            : "";
        var fileTypes = FileTypes(db);
        db.Execute("CREATE OR REPLACE TEMP VIEW _bs_typed AS SELECT " + string.Concat(TurnLogSchema.Columns.Select(c => TypedColumn(c, fileTypes))) +
                   $"rowid + 1 AS _row FROM _bs_raw{wellFormed}");
        db.Execute("CREATE OR REPLACE TEMP TABLE _bs_violations (rule_index INTEGER, _row BIGINT, session_id VARCHAR, turn_index VARCHAR)");
        var rules = ValidationRules.All().ToList();
        var alreadyTyped = ValidationRules.WrongType().Select(r => r.Query)
            .Zip(TurnLogSchema.Columns.Where(c => c.DuckDbType != "VARCHAR"), (query, column) => (query, column))
            .Where(x => HasContractType(x.column, fileTypes)).Select(x => x.query).ToHashSet();
        // Where the typed view holds the file's values unchanged, the scan that counts the row rules also fingerprints them.
        var fingerprintable = !hasLines && TurnLogSchema.Columns.All(c => HasContractType(c, fileTypes));
        var typedByFile = TurnLogSchema.Columns.Where(c => c.DuckDbType != "VARCHAR" && HasContractType(c, fileTypes)).Select(c => c.Name).ToList();
        var (rowRuleCounts, fingerprint) = CountRowRules(db, rules, alreadyTyped, typedByFile, fingerprintable, progress);
        progress?.Report("screening the session rules in one pass");
        var sessionRulesMayBreak = db.Scalar<long>(ValidationRules.SessionRulesScreen()) > 0;
        for (var i = 0; i < rules.Count; i++)
        {
            // Only rules that found something (row rules), may find something (session rules) or have damaged lines
            // to list scan again for their offending rows.
            var needed = rules[i] switch
            {
                { Name: ValidationRules.MalformedLine } => damaged,
                { RowCondition: not null } => rowRuleCounts.GetValueOrDefault(i) > 0,
                _ => sessionRulesMayBreak,
            };
            if (!needed) continue;
            progress?.Report($"rule {i + 1}/{rules.Count}: {rules[i].Name}");
            db.Execute($"INSERT INTO _bs_violations SELECT {i}, * FROM ({rules[i].Query})");
        }

        var violations = new List<RuleViolation>();
        if (inputRows == 0) violations.Add(new RuleViolation("no_rows", "the turn log has no rows", 0, []));
        for (var i = 0; i < rules.Count; i++)
        {
            var count = db.Scalar<long>("SELECT count(*) FROM _bs_violations WHERE rule_index = ?", i);
            if (count == 0) continue;
            var first = rules[i].Name == ValidationRules.MalformedLine ? FirstMalformedLines(db) : FirstRows(db, i);
            violations.Add(new RuleViolation(rules[i].Name, rules[i].Description, count, first));
        }

        db.Execute("CREATE OR REPLACE TEMP TABLE _bs_rejected_sessions AS SELECT DISTINCT coalesce(session_id, '') AS sid FROM _bs_violations");
        if (violations.Count == 0) return new ValidationReport(path, inputRows, inputRows, 0, violations) { Fingerprint = fingerprint };
        var rejected = db.Scalar<long>($"SELECT count(*) FROM _bs_raw r WHERE {Rejected("r")}");
        return new ValidationReport(path, inputRows, inputRows - rejected, rejected, violations);
    }

    /// <summary>
    /// Validates <paramref name="path"/> and loads its valid sessions into <paramref name="table"/> with the
    /// schema's types (extra columns carried through). Invalid input throws
    /// <see cref="TurnLogValidationException"/> unless <paramref name="quarantineDirectory"/> is given: then the
    /// rejected rows and their reasons go to <c>rejected.csv</c> there and only the valid sessions are loaded.
    /// A file that cannot be read at all throws <see cref="TurnLogUnreadableException"/>.
    /// </summary>
    public static ValidationReport Import(DuckDBConnection db, string path, string table = "turns", string? quarantineDirectory = null,
                                          IProgress<string>? progress = null)
    {
        if (!IdentifierPattern().IsMatch(table)) throw new ArgumentException($"Not a plain table name: '{table}'.", nameof(table));
        if (quarantineDirectory is not null) RejectedRowsFile.EnsureFree(quarantineDirectory);
        var report = Validate(db, path, progress);
        progress?.Report($"loading the valid sessions into {table}");
        if (!report.IsValid && quarantineDirectory is null) throw new TurnLogValidationException(report);
        if (quarantineDirectory is not null) RejectedRowsFile.Write(db, report, quarantineDirectory);
        if (report.Violations.Any(v => v.Rule == "missing_column"))
        {
            db.Execute($"CREATE OR REPLACE TABLE {table} AS SELECT * FROM ({SchemaOnlySelect()}) WHERE false");
            DropWorkTables(db);
            return report;
        }
        var fileTypes = FileTypes(db);
        if (report.RejectedRows == 0 && StoredAsContract(db, fileTypes))
        {
            // The work table already is the table to load (the contract's columns, in order, with its types): rename, don't copy.
            DropWorkTables(db, keep: "_bs_raw");
            db.Execute($"DROP TABLE IF EXISTS {table}");
            db.Execute($"ALTER TABLE _bs_raw RENAME TO {table}");
            return report;
        }
        var extras = DataColumns(db).Where(c => !TurnLogSchema.ColumnNames.Contains(c)).Select(c => $"r.\"{c}\"");
        var select = string.Join(", ", TurnLogSchema.Columns.Select(c =>
            HasContractType(c, fileTypes) ? $"r.\"{c.Name}\" AS {c.Name}"
            : c.DuckDbType == "VARCHAR" ? $"CAST(r.\"{c.Name}\" AS VARCHAR) AS {c.Name}"
            : $"CAST(CAST(r.\"{c.Name}\" AS VARCHAR) AS {c.DuckDbType}) AS {c.Name}").Concat(extras));
        // Valid rows cast without error by construction; a plain scan keeps the input order.
        var keep = report.RejectedRows == 0 ? "" : $" WHERE NOT {Rejected("r")}";
        db.Execute($"CREATE OR REPLACE TABLE {table} AS SELECT {select} FROM _bs_raw r{keep}");
        DropWorkTables(db);
        return report;
    }

    /// <summary>
    /// Every row rule counted in one scan of <c>_bs_typed</c>, by index in <paramref name="rules"/>, and, if asked, the
    /// rows' fingerprint. A column the file already stores with the contract's type cannot hold a value of the wrong
    /// type, so that rule is not counted. A row condition asks of a text copy only whether it is NULL
    /// (<see cref="ValidationRule.RowCondition"/>), and the text of a value the file types is NULL exactly where the value
    /// is: the count reads that instead of writing every value out as text (for a timestamp, most of the scan's time).
    /// </summary>
    private static (Dictionary<int, long> Counts, string? Fingerprint) CountRowRules(
        DuckDBConnection db, IReadOnlyList<ValidationRule> rules, IReadOnlySet<string> alreadyTyped, IReadOnlyList<string> typedByFile,
        bool fingerprint, IProgress<string>? progress)
    {
        var counted = Enumerable.Range(0, rules.Count).Where(i => rules[i].RowCondition is not null && !alreadyTyped.Contains(rules[i].Query)).ToList();
        progress?.Report($"counting {counted.Count} row rules in one scan");
        var aggregates = counted.Select(i => $"count(*) FILTER (WHERE {rules[i].RowCondition})")
            .Append(fingerprint ? TurnLogFingerprint.Summary : "NULL");
        var rows = typedByFile.Count == 0 ? "_bs_typed"
            : "(SELECT * REPLACE (" + string.Join(", ", typedByFile.Select(c => $"CASE WHEN {c} IS NULL THEN NULL ELSE '' END AS _raw_{c}")) + ") FROM _bs_typed)";
        using var command = db.CreateCommand("SELECT " + string.Join(", ", aggregates) + " FROM " + rows);
        using var reader = command.ExecuteReader();
        reader.Read();
        var counts = counted.Select((rule, k) => (rule, count: reader.GetInt64(k))).ToDictionary(x => x.rule, x => x.count);
        return (counts, reader.IsDBNull(counted.Count) ? null : TurnLogFingerprint.FromSummary(reader.GetString(counted.Count)));
    }

    private static void CreateMalformedView(DuckDBConnection db, bool hasLines) => db.Execute(hasLines
        ? $"CREATE OR REPLACE TEMP VIEW _bs_malformed AS SELECT rowid + 1 AS _row, CAST(session_id AS VARCHAR) AS session_id, {TurnLogCsvCopy.LineColumn} AS _line, " +
          $"{TurnLogCsvCopy.ProblemColumn} AS problem FROM _bs_raw WHERE {TurnLogCsvCopy.ProblemColumn} IS NOT NULL"
        : "CREATE OR REPLACE TEMP VIEW _bs_malformed AS SELECT NULL::BIGINT AS _row, NULL::VARCHAR AS session_id, NULL::BIGINT AS _line, NULL::VARCHAR AS problem WHERE false");

    private static string Rejected(string alias) =>
        $"coalesce(CAST({alias}.session_id AS VARCHAR), '') IN (SELECT sid FROM _bs_rejected_sessions)";

    /// <summary>The work tables hold a copy of the whole log: free them once the valid rows are loaded.</summary>
    private static void DropWorkTables(DuckDBConnection db, string? keep = null)
    {
        db.Execute("DROP VIEW IF EXISTS _bs_typed");
        db.Execute("DROP VIEW IF EXISTS _bs_malformed");
        foreach (var t in new[] { "_bs_raw", "_bs_violations", "_bs_rejected_sessions", "_bs_damaged_sessions" }.Where(t => t != keep))
            db.Execute($"DROP TABLE IF EXISTS {t}");
    }

    /// <summary>The work table starts with the contract's columns, in its order and with its types (no CSV line columns).</summary>
    private static bool StoredAsContract(DuckDBConnection db, IReadOnlyDictionary<string, string> fileTypes)
    {
        var columns = AllColumns(db);
        return columns.Count >= TurnLogSchema.Columns.Count
               && TurnLogSchema.Columns.Select((c, i) => columns[i] == c.Name && HasContractType(c, fileTypes)).All(ok => ok)
               && !columns.Any(TurnLogCsvCopy.InternalColumns.Contains);
    }

    private static ValidationReport MissingColumnReport(DuckDBConnection db, string path, long inputRows, List<string> missing, List<string> present)
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

    private static List<OffendingRow> FirstMalformedLines(DuckDBConnection db)
    {
        var rows = new List<OffendingRow>();
        using var cmd = db.CreateCommand($"SELECT session_id, _line, problem FROM _bs_malformed ORDER BY _row LIMIT {FirstRowsShown}");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            rows.Add(new OffendingRow(reader.IsDBNull(0) ? null : reader.GetString(0), null, reader.GetInt64(1), reader.GetString(2)));
        return rows;
    }

    /// <summary>The work table's columns as the file has them (without the line columns a CSV source adds).</summary>
    internal static List<string> DataColumns(DuckDBConnection db) =>
        AllColumns(db).Where(c => !TurnLogCsvCopy.InternalColumns.Contains(c)).ToList();

    internal static bool HasLineColumns(DuckDBConnection db) => AllColumns(db).Contains(TurnLogCsvCopy.LineColumn);

    private static List<string> AllColumns(DuckDBConnection db) => db.ColumnsOf("_bs_raw");

    /// <summary>
    /// Typed copy of a column plus, where a cast can fail, its text (<c>_raw_*</c>) for the wrong_type rule. The message
    /// text is there for the fingerprint alone: a view column no query names is never read.
    /// </summary>
    private static string TypedColumn(TurnLogColumn c, IReadOnlyDictionary<string, string> fileTypes)
    {
        var text = $"CAST(\"{c.Name}\" AS VARCHAR)";
        if (c.DuckDbType == "VARCHAR") return $"{text} AS {c.Name}, ";
        // Already of the contract's type (a Parquet file written with it): no round trip through text to read the value.
        var value = HasContractType(c, fileTypes) ? $"\"{c.Name}\"" : $"TRY_CAST({text} AS {c.DuckDbType})";
        return $"{value} AS {c.Name}, {text} AS _raw_{c.Name}, ";
    }

    /// <summary>Each column of the work table and the type the file gave it (all VARCHAR for a CSV).</summary>
    private static Dictionary<string, string> FileTypes(DuckDBConnection db)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = db.CreateCommand("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM _bs_raw)");
        using var reader = command.ExecuteReader();
        while (reader.Read()) types[reader.GetString(0)] = reader.GetString(1);
        return types;
    }

    private static bool HasContractType(TurnLogColumn c, IReadOnlyDictionary<string, string> fileTypes) =>
        fileTypes.TryGetValue(c.Name, out var type) && type == c.DuckDbType;

    private static string SchemaOnlySelect() =>
        "SELECT " + string.Join(", ", TurnLogSchema.Columns.Select(c => $"NULL::{c.DuckDbType} AS {c.Name}"));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
