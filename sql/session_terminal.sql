-- The terminal event of each session: the moment the outcome is decided, and the end of the feature window.
--   1. the first handoff_requested or resolution_confirmed;
--   2. if neither occurs, the first user_left or session_timeout;
--   3. if none, one past the last turn (terminal_event is NULL).
-- Features use only turns strictly before terminal_turn, so every feature is known when the decision is made.
-- A table, built once when the log is loaded: every outcome definition and feature file reads it, and a view would
-- recompute it each time. (Change turns, and this file must run again.)
-- Portable SQL: runs unchanged on DuckDB and PostgreSQL 15.
DROP TABLE IF EXISTS session_terminal;
CREATE TABLE session_terminal AS
WITH per_session AS (
    SELECT
        session_id,
        min(turn_index) FILTER (WHERE event IN ('handoff_requested', 'resolution_confirmed')) AS decided_at,
        min(turn_index) FILTER (WHERE event IN ('user_left', 'session_timeout'))             AS left_at,
        max(turn_index) + 1                                                                   AS past_last
    FROM turns
    GROUP BY session_id
)
SELECT
    p.session_id,
    coalesce(p.decided_at, p.left_at, p.past_last) AS terminal_turn,
    t.event                                        AS terminal_event
FROM per_session p
LEFT JOIN turns t
       ON t.session_id = p.session_id
      AND t.turn_index = coalesce(p.decided_at, p.left_at);
