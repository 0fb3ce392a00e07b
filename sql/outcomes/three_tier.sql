-- three_tier (the default): the case study's taxonomy.
-- escalated if a handoff was requested, resolved if the user confirmed resolution, abandoned otherwise
-- (the user left, timed out, or the log simply ends).
SELECT
    session_id,
    CASE terminal_event
        WHEN 'handoff_requested'    THEN 'escalated'
        WHEN 'resolution_confirmed' THEN 'resolved'
        ELSE 'abandoned'
    END AS outcome
FROM session_terminal;
