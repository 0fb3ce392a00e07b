-- no_return_7d: no_return (read it first) with a window of 7 days instead of 24 hours: a contained session is resolved
-- only if neither its conversation nor its customer comes back within 7 days, as a team that counts a repeat contact
-- within a week against its bot would. A session that ended less than 7 days before the log's last turn gets no label
-- (headline.sql's left_out query counts it). It reads no feature input, so it is not circular.
SELECT
    s.session_id,
    CASE
        WHEN s.terminal_event = 'handoff_requested'             THEN 'escalated'
        WHEN r.next_return_at <= r.ended_at + INTERVAL '7 days' THEN 'abandoned'
        ELSE 'resolved'
    END AS outcome
FROM session_terminal s
JOIN session_returns r ON r.session_id = s.session_id
WHERE r.ended_at + INTERVAL '7 days' <= r.log_end;
