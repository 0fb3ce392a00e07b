-- escalation_only: what most dashboards do.
-- A session failed if and only if it was escalated; everything else counts as resolved.
SELECT
    session_id,
    CASE WHEN terminal_event = 'handoff_requested' THEN 'escalated' ELSE 'resolved' END AS outcome
FROM session_terminal;
