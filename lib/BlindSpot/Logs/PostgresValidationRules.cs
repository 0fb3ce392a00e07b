namespace BlindSpot.Logs;

/// <summary>
/// The row rules of <see cref="ValidationRules"/>, with the same names and descriptions, as PostgreSQL queries over the
/// typed view <c>turns</c> (<see cref="PostgresTurnLog"/>). Each returns the offending rows as (session_id, turn_index);
/// for missing_turn_index, turn_index is the index that is missing. The table's types replace the wrong_type rules.
/// </summary>
public static class PostgresValidationRules
{
    private static string List(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static ValidationRule Rule(string name, string query) =>
        new(name, ValidationRules.RowRules().Single(r => r.Name == name).Description, query);

    public static IEnumerable<ValidationRule> All() =>
    [
        Rule("missing_value", "SELECT session_id, turn_index FROM turns WHERE turn_index IS NULL OR ts IS NULL OR speaker IS NULL"),
        Rule("empty_session_id", "SELECT session_id, turn_index FROM turns WHERE session_id IS NULL OR trim(session_id) = ''"),
        Rule("unknown_speaker", $"SELECT session_id, turn_index FROM turns WHERE speaker IS NOT NULL AND speaker NOT IN ({List(TurnLogSchema.Speakers)})"),
        Rule("unknown_event", $"SELECT session_id, turn_index FROM turns WHERE event IS NOT NULL AND event NOT IN ({List(TurnLogSchema.Events)})"),
        Rule("sentiment_out_of_range",
            "SELECT session_id, turn_index FROM turns " +
            "WHERE sentiment IS NOT NULL AND (sentiment = CAST('NaN' AS double precision) OR sentiment < -1 OR sentiment > 1)"),
        Rule("duplicate_turn_index",
            """
            SELECT session_id, turn_index
            FROM (SELECT session_id, turn_index, count(*) OVER (PARTITION BY session_id, turn_index) AS copies
                  FROM turns WHERE turn_index IS NOT NULL) AS counted
            WHERE copies > 1
            """),
        Rule("missing_turn_index",
            """
            WITH bounds AS (SELECT session_id, max(turn_index) AS last, count(DISTINCT turn_index) FILTER (WHERE turn_index >= 1) AS distinct_indices
                            FROM turns WHERE turn_index IS NOT NULL GROUP BY session_id),
                 gapped AS (SELECT session_id, last FROM bounds WHERE distinct_indices < last)
            SELECT g.session_id, e.turn_index
            FROM gapped g CROSS JOIN LATERAL generate_series(1, g.last) AS e(turn_index)
            WHERE NOT EXISTS (SELECT 1 FROM turns t WHERE t.session_id IS NOT DISTINCT FROM g.session_id AND t.turn_index = e.turn_index)
            UNION ALL
            SELECT session_id, turn_index FROM turns WHERE turn_index < 1
            """),
        Rule("ts_backwards",
            """
            SELECT session_id, turn_index
            FROM (SELECT session_id, turn_index, ts,
                         max(ts) OVER (PARTITION BY session_id ORDER BY turn_index ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS latest_before
                  FROM turns WHERE turn_index IS NOT NULL AND ts IS NOT NULL) AS ordered
            WHERE ts < latest_before
            """),
        Rule("rows_after_end",
            $"""
            WITH ends AS (SELECT session_id, min(turn_index) AS ended_at FROM turns
                          WHERE event IN ({List(TurnLogSchema.EndingEvents)}) GROUP BY session_id)
            SELECT t.session_id, t.turn_index FROM turns t JOIN ends e ON t.session_id = e.session_id
            WHERE t.turn_index > e.ended_at
            """),
    ];
}
