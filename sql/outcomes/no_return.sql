-- no_return: containment with no return within 24 hours, as Dialogflow CX's "contained sessions without the user calling
-- back in 24 hours" and Chatwoot, which reopens a resolved conversation when the customer writes again.
-- escalated if a handoff was requested; otherwise the session was contained, and it is resolved if neither its
-- conversation nor its customer comes back (another session starts) within 24 hours of its last turn, and abandoned if
-- one does: the platforms count such a session as contained but not resolved, and "abandoned" is this project's bucket
-- for a failure nobody escalated. A confirmed resolution that comes back is abandoned too.
-- Where it differs: the platforms count a return of the same user, whatever the channel; here a return is a session of
-- the same conversation_id or customer_id in this log (sql/session_returns.sql), so a log without those columns shows
-- none. A session that ended less than 24 hours before the log's last turn cannot show a return yet: it gets no label,
-- and headline.sql's left_out query counts it. The window is the interval below, twice; no_return_7d.sql is this file
-- with 7 days (copy it for another window).
-- It reads the terminal event and the session times, no feature input, so it is not circular.
SELECT
    s.session_id,
    CASE
        WHEN s.terminal_event = 'handoff_requested'               THEN 'escalated'
        WHEN r.next_return_at <= r.ended_at + INTERVAL '24 hours' THEN 'abandoned'
        ELSE 'resolved'
    END AS outcome
FROM session_terminal s
JOIN session_returns r ON r.session_id = s.session_id
WHERE r.ended_at + INTERVAL '24 hours' <= r.log_end;
