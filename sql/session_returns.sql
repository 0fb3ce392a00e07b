-- When each session ended, and when the same conversation or customer next came back: what the outcome definitions
-- that count returns read (assumed_resolution, no_return, no_return_7d). A table, built once per loaded log when a
-- definition first needs it.
--   started_at / ended_at   the session's first and last turn (an agent's turns after a handoff included)
--   conversation_id         the log's conversation_id; the session's own id when the log has none
--   customer_id             the log's customer_id; NULL when unknown (then only the conversation can come back)
--   next_return_at          when the first other session of the same conversation or customer starts, strictly after
--                           ended_at; NULL if none does
--   log_end                 the log's last turn: a return after it cannot be seen, so a definition with a window of W
--                           labels only sessions with ended_at + W <= log_end and leaves the rest out
-- A log without conversation_id and customer_id (the simulator's default log) has one session per conversation and no
-- known customer: next_return_at is always NULL there, so such a log cannot show a return.
-- Portable SQL: runs unchanged on DuckDB and PostgreSQL 15.
DROP TABLE IF EXISTS session_returns;
CREATE TABLE session_returns AS
WITH sessions AS (
    SELECT
        session_id,
        min(ts)                                                       AS started_at,
        max(ts)                                                       AS ended_at,
        coalesce(CAST(min(conversation_id) AS VARCHAR), session_id) AS conversation_id,
        CAST(min(customer_id) AS VARCHAR)                             AS customer_id
    FROM turns
    GROUP BY session_id
),
-- every session once under its conversation and once under its customer, when known
keyed AS (
    SELECT session_id, started_at, ended_at, 'conversation' AS key_kind, conversation_id AS key_value FROM sessions
    UNION ALL
    SELECT session_id, started_at, ended_at, 'customer', customer_id FROM sessions WHERE customer_id IS NOT NULL
),
-- a start mark and an end mark per keyed session, in time order within each key. At the same instant a start sorts
-- before an end: a session's own start (never after its end) is always behind its end mark, and a session starting the
-- very second another ends is not its return ("after" is strict).
marks AS (
    SELECT session_id, key_kind, key_value, started_at AS at_time, 0 AS is_end FROM keyed
    UNION ALL
    SELECT session_id, key_kind, key_value, ended_at, 1 FROM keyed
),
-- for an end mark, the earliest start among the marks after it: one sort instead of pairing every two sessions of a key
next_start AS (
    SELECT
        session_id,
        is_end,
        min(CASE WHEN is_end = 0 THEN at_time END) OVER (
            PARTITION BY key_kind, key_value ORDER BY at_time, is_end
            ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_return_at
    FROM marks
)
SELECT
    s.session_id,
    s.started_at,
    s.ended_at,
    s.conversation_id,
    s.customer_id,
    n.next_return_at,
    (SELECT max(ended_at) FROM sessions) AS log_end
FROM sessions s
LEFT JOIN (SELECT session_id, min(next_return_at) AS next_return_at FROM next_start WHERE is_end = 1 GROUP BY session_id) AS n
       ON n.session_id = s.session_id;
