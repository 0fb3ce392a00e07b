using System.Text;
using BlindSpot.Core;
using BlindSpot.Logs;
using BlindSpot.Sql;
using DuckDB.NET.Data;

namespace BlindSpot.Handoff;

/// <summary>
/// A rule of a human-leg file as a query over <c>_hv_typed</c> (typed columns, <c>_raw_*</c> text copies,
/// the input row <c>_row</c>, and <c>_key</c>, the file's key column as text); it returns the offending (_row, _key).
/// </summary>
public sealed record HandoffRule(string Name, string Description, string Query);

/// <summary>The outcome of validating one human-leg file. Offending rows are listed as (key, input row).</summary>
public sealed record HandoffValidationReport(string Table, string Source, long InputRows, IReadOnlyList<RuleViolation> Violations)
{
    public bool IsValid => Violations.Count == 0;

    public override string ToString()
    {
        if (IsValid) return $"{Source}: valid {Table} file, {InputRows:N0} rows.";
        var text = new StringBuilder($"{Source}: invalid {Table} file: {Violations.Count} rule(s) broken in {InputRows:N0} rows.\n");
        foreach (var v in Violations)
            text.AppendLine($"  {v.Rule}: {v.Count:N0} — {v.Description}; first (key, input row): {string.Join(", ", v.FirstRows)}");
        return text.ToString().TrimEnd();
    }
}

public sealed class HandoffValidationException(HandoffValidationReport report) : Exception(report.ToString())
{
    public HandoffValidationReport Report { get; } = report;
}

/// <summary>
/// Checks the human-leg files (<see cref="HandoffSchema"/>) the way <see cref="TurnLogValidator"/> checks the turn
/// log: each broken rule is reported with its name, its count and the first offending rows. Rules that refer to the
/// turn log need the tables <c>turns</c> and <c>session_terminal</c> (<see cref="SqlSession.LoadTurns"/>).
/// </summary>
public static class HandoffValidator
{
    public static HandoffValidationReport Validate(DuckDBConnection db, HandoffTable table, string path)
    {
        db.Execute($"CREATE OR REPLACE TEMP TABLE _hv_raw AS SELECT * FROM {TurnLogSource.Relation(path)}");
        var inputRows = db.Scalar<long>("SELECT count(*) FROM _hv_raw");
        var present = new HashSet<string>(db.ColumnsOf("_hv_raw"));
        var missing = table.ColumnNames.Where(c => !present.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            db.Execute("DROP TABLE IF EXISTS _hv_raw");
            var key = present.Contains(table.KeyColumn) ? table.KeyColumn : null;
            return new HandoffValidationReport(table.Name, path, inputRows,
                [new RuleViolation("missing_column", $"column(s) {string.Join(", ", missing)} missing; every row is rejected", inputRows,
                    inputRows > 0 ? [new OffendingRow(key is null ? null : "(see file)", "row 1")] : [])]);
        }
        db.Execute("CREATE OR REPLACE TEMP VIEW _hv_typed AS SELECT " +
                   string.Concat(table.Columns.Select(c => c.DuckDbType == "VARCHAR"
                       ? $"CAST(\"{c.Name}\" AS VARCHAR) AS {c.Name}, "
                       : $"TRY_CAST(CAST(\"{c.Name}\" AS VARCHAR) AS {c.DuckDbType}) AS {c.Name}, CAST(\"{c.Name}\" AS VARCHAR) AS _raw_{c.Name}, ")) +
                   $"CAST(\"{table.KeyColumn}\" AS VARCHAR) AS _key, rowid + 1 AS _row FROM _hv_raw");
        var violations = new List<RuleViolation>();
        foreach (var rule in Rules(table))
        {
            db.Execute($"CREATE OR REPLACE TEMP TABLE _hv_hits AS SELECT * FROM ({rule.Query})");
            var count = db.Scalar<long>("SELECT count(*) FROM _hv_hits");
            if (count == 0) continue;
            var first = new List<OffendingRow>();
            using (var cmd = db.CreateCommand($"SELECT _key, _row FROM _hv_hits ORDER BY _row LIMIT {TurnLogValidator.FirstRowsShown}"))
            using (var r = cmd.ExecuteReader())
                while (r.Read()) first.Add(new OffendingRow(r.IsDBNull(0) ? null : r.GetString(0), $"row {Convert.ToInt64(r.GetValue(1))}"));
            violations.Add(new RuleViolation(rule.Name, rule.Description, count, first));
        }
        db.Execute("DROP TABLE IF EXISTS _hv_hits");
        db.Execute("DROP VIEW IF EXISTS _hv_typed");
        db.Execute("DROP TABLE IF EXISTS _hv_raw");
        return new HandoffValidationReport(table.Name, path, inputRows, violations);
    }

    /// <summary>Validates the file and loads it as a typed table named after <paramref name="table"/>; throws <see cref="HandoffValidationException"/> when a rule is broken.</summary>
    public static HandoffValidationReport Import(DuckDBConnection db, HandoffTable table, string path)
    {
        var report = Validate(db, table, path);
        if (!report.IsValid) throw new HandoffValidationException(report);
        var select = string.Join(", ", table.Columns.Select(c => c.DuckDbType == "VARCHAR"
            ? $"CAST(\"{c.Name}\" AS VARCHAR) AS {c.Name}"
            : $"CAST(CAST(\"{c.Name}\" AS VARCHAR) AS {c.DuckDbType}) AS {c.Name}"));
        db.Execute($"CREATE OR REPLACE TABLE {table.Name} AS SELECT {select} FROM {TurnLogSource.Relation(path)}");
        return report;
    }

    private const string Hit = "SELECT _row, _key FROM _hv_typed WHERE ";

    /// <summary>Every rule of a file, in the order they are reported.</summary>
    public static IEnumerable<HandoffRule> Rules(HandoffTable table)
    {
        foreach (var c in table.Columns.Where(c => c.DuckDbType != "VARCHAR"))
            yield return new("wrong_type", $"{c.Name} is not a {c.DuckDbType}", Hit + $"_raw_{c.Name} IS NOT NULL AND {c.Name} IS NULL");
        yield return new("empty_key", $"{table.KeyColumn} must not be empty", Hit + "_key IS NULL OR trim(_key) = ''");
        if (table != HandoffSchema.AgentTurns)
            yield return new("duplicate_key", $"a {table.KeyColumn} appears more than once", "SELECT _row, _key FROM _hv_typed WHERE _key IS NOT NULL QUALIFY count(*) OVER (PARTITION BY _key) > 1");

        const string Escalated = "(SELECT session_id FROM session_terminal WHERE terminal_event = 'handoff_requested')";
        if (table == HandoffSchema.Handoffs)
        {
            yield return new("unknown_packet_level", $"packet_level must be one of {string.Join(", ", PacketLevels.All)}, or empty where it was not measured",
                Hit + $"packet_level NOT IN ({string.Join(", ", PacketLevels.All.Select(l => $"'{l}'"))})");
            yield return new("handoff_not_escalated", "a handoff row needs a session of the turn log whose terminal event is handoff_requested",
                Hit + $"_key IS NOT NULL AND _key NOT IN {Escalated}");
            yield return new("negative_time", "first_reply_seconds, first_useful_reply_seconds and recovery_minutes must not be negative",
                Hit + "first_reply_seconds < 0 OR first_useful_reply_seconds < 0 OR recovery_minutes < 0 OR isnan(recovery_minutes)");
            yield return new("useful_before_first_reply", "first_useful_reply_seconds must not be less than first_reply_seconds",
                Hit + "first_useful_reply_seconds < first_reply_seconds");
            yield return new("packet_fields_mismatch", "packet_fields must equal the number of has_* flags that are true",
                Hit + "packet_fields IS DISTINCT FROM (has_thread::INT + has_summary::INT + has_identifiers::INT + has_bot_actions::INT + " +
                      "has_escalation_reason::INT + has_evidence::INT + has_sentiment::INT)");
        }
        else if (table == HandoffSchema.AgentTurns)
        {
            yield return new("missing_value", "turn_index, ts and speaker must not be empty", Hit + "_raw_turn_index IS NULL OR _raw_ts IS NULL OR speaker IS NULL");
            yield return new("unknown_speaker", "speaker must be agent, user, system or bot (after handing over, a bot may still send a satisfaction form)",
                Hit + "speaker IS NOT NULL AND speaker NOT IN ('agent', 'user', 'system', 'bot')");
            yield return new("unknown_event", $"event must be empty or one of {string.Join(", ", TurnLogSchema.Events)}",
                Hit + $"event IS NOT NULL AND event NOT IN ({string.Join(", ", TurnLogSchema.Events.Select(e => $"'{e}'"))})");
            yield return new("sentiment_out_of_range", "sentiment must be a number in [-1, 1] (NaN is not)",
                Hit + "sentiment IS NOT NULL AND (isnan(sentiment) OR sentiment < -1 OR sentiment > 1)");
            yield return new("handoff_not_escalated", "agent turns need a session of the turn log whose terminal event is handoff_requested",
                Hit + $"_key IS NOT NULL AND _key NOT IN {Escalated}");
            yield return new("not_after_bot_side", "agent turns continue the session: turn_index after its last bot-side turn, ts not before it",
                "SELECT a._row, a._key FROM _hv_typed a JOIN (SELECT session_id, max(turn_index) AS last_index, max(ts) AS last_ts FROM turns GROUP BY session_id) b " +
                "ON b.session_id = a._key WHERE a.turn_index <= b.last_index OR a.ts < b.last_ts");
            yield return new("duplicate_turn_index", "a turn_index appears more than once in a session",
                "SELECT _row, _key FROM _hv_typed WHERE turn_index IS NOT NULL QUALIFY count(*) OVER (PARTITION BY _key, turn_index) > 1");
            yield return new("ts_backwards", "ts must not go back in time within a session",
                "SELECT _row, _key FROM _hv_typed WHERE turn_index IS NOT NULL AND ts IS NOT NULL " +
                "QUALIFY ts < max(ts) OVER (PARTITION BY _key ORDER BY turn_index, _row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)");
        }
        else if (table == HandoffSchema.HumanOnly)
        {
            yield return new("case_in_turn_log", "a human-only case never met the bot: its case_id must not be a session of the turn log",
                Hit + "_key IN (SELECT session_id FROM session_terminal)");
            yield return new("negative_time", "first_reply_seconds and first_useful_reply_seconds must not be negative",
                Hit + "first_reply_seconds < 0 OR first_useful_reply_seconds < 0");
            yield return new("useful_before_first_reply", "first_useful_reply_seconds must not be less than first_reply_seconds",
                Hit + "first_useful_reply_seconds < first_reply_seconds");
        }
        else if (table == HandoffSchema.Surveys)
        {
            yield return new("unknown_path", $"path must be one of {string.Join(", ", CasePaths.All)}",
                Hit + $"path IS NULL OR path NOT IN ({string.Join(", ", CasePaths.All.Select(p => $"'{p}'"))})");
            yield return new("csat_out_of_range", "csat must be an integer from 1 to 5", Hit + "csat IS NOT NULL AND (csat < 1 OR csat > 5)");
            yield return new("nps_out_of_range", "nps must be an integer from 0 to 10", Hit + "nps IS NOT NULL AND (nps < 0 OR nps > 10)");
            yield return new("answer_without_response", "csat and nps must be empty when responded is false",
                Hit + "responded = false AND (csat IS NOT NULL OR nps IS NOT NULL)");
            yield return new("path_mismatch", "a survey's case must exist on its path: ai_resolved = a session ending in resolution_confirmed, " +
                                              "ai_to_human = one ending in handoff_requested, human_only = a case of human_only",
                Hit + "path IN ('ai_resolved', 'ai_to_human', 'human_only') AND _key NOT IN (" +
                      "SELECT session_id FROM session_terminal WHERE terminal_event = CASE _hv_typed.path WHEN 'ai_resolved' THEN 'resolution_confirmed' " +
                      "WHEN 'ai_to_human' THEN 'handoff_requested' END UNION ALL SELECT case_id FROM human_only WHERE _hv_typed.path = 'human_only')");
        }
    }
}
