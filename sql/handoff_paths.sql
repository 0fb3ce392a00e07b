-- The three interaction paths the satisfaction is segmented by, one row per case, and the case-level
-- seam metrics the named queries of handoff_metrics.sql aggregate.
-- Needs: turns + session_terminal (SqlSession.LoadTurns) and handoffs, human_only, surveys (HandoffData.Load).
--   ai_resolved  the bot resolved it and the customer confirmed (terminal event resolution_confirmed)
--   ai_to_human  the bot handed the customer to a human (terminal event handoff_requested)
--   human_only   a human handled the case from the start
-- Abandoned sessions are on no path: nobody closed a case, so no survey was sent.
CREATE OR REPLACE VIEW case_paths AS
SELECT session_id AS case_id,
       CASE terminal_event WHEN 'resolution_confirmed' THEN 'ai_resolved' ELSE 'ai_to_human' END AS path
FROM session_terminal
WHERE terminal_event IN ('resolution_confirmed', 'handoff_requested')
UNION ALL
SELECT case_id, 'human_only' AS path FROM human_only;

-- rework: the packet missed key context or evidence (the thread, the identifiers or the evidence), so the agent
-- has to rebuild what was available earlier. Only defined on the escalated path.
CREATE OR REPLACE VIEW case_metrics AS
SELECT
    p.case_id,
    p.path,
    h.packet_level,
    coalesce(h.re_explained, o.re_explained)                             AS re_explained,
    coalesce(h.first_reply_seconds, o.first_reply_seconds)               AS first_reply_seconds,
    coalesce(h.first_useful_reply_seconds, o.first_useful_reply_seconds) AS first_useful_reply_seconds,
    CASE WHEN h.session_id IS NOT NULL THEN NOT (h.has_thread AND h.has_identifiers AND h.has_evidence) END AS rework,
    h.recovery_minutes,
    coalesce(s.responded, false)                                         AS responded,
    s.csat,
    s.nps
FROM case_paths p
LEFT JOIN handoffs h   ON h.session_id = p.case_id
LEFT JOIN human_only o ON o.case_id = p.case_id
LEFT JOIN surveys s    ON s.case_id = p.case_id;
