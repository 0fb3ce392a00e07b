namespace BlindSpot.Logs;

/// <summary>
/// A rule of the turn-log contract as a query over the temp view <c>_bs_typed</c> (the well-formed rows: typed
/// columns plus <c>_raw_*</c> text copies and the input row number <c>_row</c>) or <c>_bs_malformed</c> (the
/// damaged CSV lines: <c>_row</c>, the <c>session_id</c> they count toward, <c>_line</c>, <c>problem</c>). Each
/// query returns the offending rows as (<c>_row</c>, <c>session_id</c>, <c>turn_index</c> as text); <c>_row</c>
/// is NULL where the offence is a row that is missing. A rule about single rows also has its <see cref="RowCondition"/>,
/// so that one scan can count every row rule at once; a row condition may ask of a <c>_raw_*</c> text copy only whether
/// it IS NULL or IS NOT NULL (the count stands in something cheaper for the text of a value the file already types).
/// </summary>
public sealed record ValidationRule(string Name, string Description, string Query, string? RowCondition = null)
{
    /// <summary>A rule that each row breaks or keeps on its own: the offending rows of <c>_bs_typed</c> are those meeting <paramref name="condition"/>.</summary>
    public static ValidationRule ForRows(string name, string description, string condition) =>
        new(name, description, $"SELECT _row, session_id, _raw_turn_index FROM _bs_typed WHERE {condition}", condition);
}

public static class ValidationRules
{
    public const string MalformedLine = "malformed_line";

    /// <summary>A CSV line that is not a row (the reason for each is in <c>_bs_malformed.problem</c>).</summary>
    public static ValidationRule Malformed() => new(
        MalformedLine, "a line of the session is not a well-formed CSV row",
        "SELECT _row, session_id, NULL::VARCHAR FROM _bs_malformed");

    private static string List(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    /// <summary>One rule per typed column whose text does not convert to the column's type.</summary>
    public static IEnumerable<ValidationRule> WrongType() =>
        TurnLogSchema.Columns.Where(c => c.DuckDbType != "VARCHAR").Select(c => ValidationRule.ForRows(
            "wrong_type",
            $"{c.Name} is not a {c.DuckDbType}",
            $"_raw_{c.Name} IS NOT NULL AND {c.Name} IS NULL"));

    public static IEnumerable<ValidationRule> RowRules() =>
    [
        ValidationRule.ForRows("missing_value", "turn_index, ts and speaker must not be empty",
            // (a value is missing only where its typed copy is NULL too: testing that first spares turning every value into text)
            "(turn_index IS NULL AND _raw_turn_index IS NULL) OR (ts IS NULL AND _raw_ts IS NULL) OR speaker IS NULL"),
        ValidationRule.ForRows("empty_session_id", "session_id must not be empty",
            // trim only takes away white space, so an id that begins with a printable ASCII character, as nearly all do,
            // cannot be empty: the CASE spares trimming those (DuckDB would otherwise trim every id of the log)
            "session_id IS NULL OR CASE WHEN session_id BETWEEN '!' AND '~' THEN false ELSE trim(session_id) = '' END"),
        ValidationRule.ForRows("unknown_speaker", $"speaker must be one of {string.Join(", ", TurnLogSchema.Speakers)}",
            $"speaker IS NOT NULL AND speaker NOT IN ({List(TurnLogSchema.Speakers)})"),
        ValidationRule.ForRows("unknown_event", $"event must be empty or one of {string.Join(", ", TurnLogSchema.Events)}",
            $"event IS NOT NULL AND event NOT IN ({List(TurnLogSchema.Events)})"),
        ValidationRule.ForRows("sentiment_out_of_range", "sentiment must be a number in [-1, 1] (NaN is not)",
            "sentiment IS NOT NULL AND (isnan(sentiment) OR sentiment < -1 OR sentiment > 1)"),
        new("duplicate_turn_index", "a turn_index appears more than once in a session",
            "SELECT _row, session_id, _raw_turn_index FROM _bs_typed WHERE turn_index IS NOT NULL QUALIFY count(*) OVER (PARTITION BY session_id, turn_index) > 1"),
        new("missing_turn_index", "turn_index must run 1, 2, … n within a session without gaps (listed: the missing index)",
            """
            WITH bounds AS (SELECT session_id, max(turn_index) AS last, count(DISTINCT turn_index) FILTER (WHERE turn_index >= 1) AS distinct_indices
                            FROM _bs_typed WHERE turn_index IS NOT NULL GROUP BY session_id),
                 gapped AS (SELECT session_id, last FROM bounds WHERE distinct_indices < last),
                 expected AS (SELECT session_id, unnest(range(1, last + 1)) AS turn_index FROM gapped)
            SELECT NULL::BIGINT AS _row, e.session_id, e.turn_index::VARCHAR FROM expected e
            ANTI JOIN _bs_typed t ON t.session_id IS NOT DISTINCT FROM e.session_id AND t.turn_index = e.turn_index
            UNION ALL
            SELECT _row, session_id, _raw_turn_index FROM _bs_typed WHERE turn_index < 1
            """),
        new("ts_backwards", "ts must not go back in time within a session (listed: the earlier-stamped later turn)",
            "SELECT _row, session_id, _raw_turn_index FROM _bs_typed WHERE turn_index IS NOT NULL AND ts IS NOT NULL " +
            "QUALIFY ts < max(ts) OVER (PARTITION BY session_id ORDER BY turn_index, _row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"),
        new("rows_after_end", $"no row may follow {string.Join(" or ", TurnLogSchema.EndingEvents)} in a session",
            $"""
            WITH ends AS (SELECT session_id, min(turn_index) AS ended_at FROM _bs_typed
                          WHERE event IN ({List(TurnLogSchema.EndingEvents)}) GROUP BY session_id)
            SELECT t._row, t.session_id, t._raw_turn_index FROM _bs_typed t JOIN ends e ON t.session_id = e.session_id
            WHERE t.turn_index > e.ended_at
            """),
    ];

    public static IEnumerable<ValidationRule> All() => WrongType().Prepend(Malformed()).Concat(RowRules());

    /// <summary>
    /// One query over <c>_bs_typed</c> that counts rows or sessions which may break a session rule (every rule of
    /// <see cref="All"/> without a <see cref="ValidationRule.RowCondition"/>, apart from malformed_line). It is never
    /// zero when one of them would report something, so on zero their own scans are skipped; it may count where none
    /// does (e.g. a row without ts), and then they run. One window pass (sorted by turn_index within each session,
    /// the n-th row must have turn_index n: no gap, no duplicate, nothing below 1; and ts must not fall from one row
    /// to the next, which holds exactly when it never falls below an earlier one) and one GROUP BY (nothing after an
    /// ending event) replace four scans, three of them windows.
    /// </summary>
    public static string SessionRulesScreen() =>
        $"""
        SELECT
          (SELECT count(*) FROM (
             SELECT turn_index, ts, row_number() OVER by_turn AS position, lag(ts) OVER by_turn AS previous_ts
             FROM _bs_typed WHERE turn_index IS NOT NULL
             WINDOW by_turn AS (PARTITION BY session_id ORDER BY turn_index)) AS ordered
           WHERE turn_index <> position OR ts IS NULL OR ts < previous_ts)
        + (SELECT count(*) FROM (
             SELECT max(turn_index) AS last,
                    min(turn_index) FILTER (WHERE event IN ({List(TurnLogSchema.EndingEvents)})) AS ended_at
             FROM _bs_typed GROUP BY session_id) AS sessions
           WHERE last > ended_at)
        """;
}
