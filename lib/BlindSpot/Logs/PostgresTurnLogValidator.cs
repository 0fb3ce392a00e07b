using Npgsql;

namespace BlindSpot.Logs;

/// <summary>
/// Checks a turn log held in PostgreSQL against the contract, inside the server, and reports it as
/// <see cref="TurnLogValidator"/> does: the same rule names, descriptions and counts, the first offending
/// (session_id, turn_index) rows, and a session with any broken rule rejected whole. Nothing is copied out of the server.
/// The table has no input order, so the first rows shown are the first by session_id and turn_index.
/// </summary>
public static class PostgresTurnLogValidator
{
    public static ValidationReport Validate(PostgresTurnLog log, IProgress<string>? progress = null)
    {
        progress?.Report($"counting the rows of {log.Description}");
        var inputRows = Scalar(log, $"SELECT count(*) FROM {log.Table}");
        var schemaViolations = SchemaViolations(log, inputRows);
        if (schemaViolations.Count > 0) return new ValidationReport(log.Description, inputRows, 0, inputRows, schemaViolations);

        Execute(log, "CREATE TEMPORARY TABLE _bs_violations (rule_index integer, session_id text, turn_index integer)");
        try
        {
            var rules = PostgresValidationRules.All().ToList();
            var violations = new List<RuleViolation>();
            if (inputRows == 0) violations.Add(new RuleViolation("no_rows", "the turn log has no rows", 0, []));
            for (var i = 0; i < rules.Count; i++)
            {
                progress?.Report($"rule {i + 1}/{rules.Count}: {rules[i].Name}");
                Execute(log, $"INSERT INTO _bs_violations SELECT {i}, * FROM ({rules[i].Query}) AS offending");
                var count = Scalar(log, $"SELECT count(*) FROM _bs_violations WHERE rule_index = {i}");
                if (count > 0) violations.Add(new RuleViolation(rules[i].Name, rules[i].Description, count, FirstRows(log, i)));
            }
            var rejected = Scalar(log,
                "SELECT count(*) FROM turns WHERE coalesce(session_id, '') IN (SELECT coalesce(session_id, '') FROM _bs_violations)");
            return new ValidationReport(log.Description, inputRows, inputRows - rejected, rejected, violations);
        }
        finally
        {
            Execute(log, "DROP TABLE _bs_violations");
        }
    }

    /// <summary>A missing column, or one of a type the contract's does not map to, rejects every row, as a missing column does in a file.</summary>
    private static List<RuleViolation> SchemaViolations(PostgresTurnLog log, long inputRows)
    {
        if (log.MissingColumns.Count > 0)
            return [new RuleViolation("missing_column", $"column(s) {string.Join(", ", log.MissingColumns)} missing; every row is rejected",
                inputRows, TableFirstRows(log))];
        return log.MistypedColumns.Select(c => new RuleViolation("wrong_type",
            $"{c.Name} is a {log.ColumnTypes[c.Name]} column; the contract's {c.DuckDbType} is {string.Join(" or ", PostgresColumnTypes.For(c))} in PostgreSQL",
            inputRows, TableFirstRows(log))).ToList();
    }

    private static List<OffendingRow> TableFirstRows(PostgresTurnLog log)
    {
        string Column(string name) => log.ColumnTypes.ContainsKey(name) ? PostgresTurnLog.QuoteIdentifier(name) : "NULL";
        return Rows(log, $"SELECT s, t FROM (SELECT CAST({Column("session_id")} AS text) AS s, CAST({Column("turn_index")} AS text) AS t, " +
                         $"{Column("turn_index")} AS turn FROM {log.Table}) AS input " +
                         $"ORDER BY s COLLATE \"C\" NULLS LAST, turn NULLS LAST LIMIT {TurnLogValidator.FirstRowsShown}");
    }

    private static List<OffendingRow> FirstRows(PostgresTurnLog log, int ruleIndex) =>
        Rows(log, "SELECT session_id, CAST(turn_index AS text) FROM _bs_violations " +
                  $"WHERE rule_index = {ruleIndex} ORDER BY session_id COLLATE \"C\" NULLS LAST, turn_index NULLS LAST LIMIT {TurnLogValidator.FirstRowsShown}");

    private static List<OffendingRow> Rows(PostgresTurnLog log, string sql)
    {
        using var command = new NpgsqlCommand(sql, log.Connection);
        using var reader = command.ExecuteReader();
        var rows = new List<OffendingRow>();
        while (reader.Read()) rows.Add(new OffendingRow(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        return rows;
    }

    private static long Scalar(PostgresTurnLog log, string sql)
    {
        using var command = new NpgsqlCommand(sql, log.Connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(PostgresTurnLog log, string sql)
    {
        using var command = new NpgsqlCommand(sql, log.Connection);
        command.ExecuteNonQuery();
    }
}
