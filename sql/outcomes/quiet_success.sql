-- quiet_success: three_tier, but a silent ending is not always a failure.
-- A session that ends without a word (user_left, session_timeout or the end of the log) right after a
-- successful bot answer, with the user's last sentiment non-negative, counts as resolved: the user
-- plausibly got what they came for. A reviewer arguing that "abandoned" over-counts failure would use this.
WITH last_turns AS (
    SELECT
        t.session_id,
        max_by(t.bot_failure, t.turn_index) FILTER (WHERE t.speaker = 'bot')                         AS last_bot_failed,
        max_by(t.sentiment, t.turn_index) FILTER (WHERE t.speaker = 'user' AND t.sentiment IS NOT NULL) AS last_sentiment
    FROM turns t
    JOIN session_terminal s ON s.session_id = t.session_id AND t.turn_index < s.terminal_turn
    GROUP BY t.session_id
)
SELECT
    s.session_id,
    CASE
        WHEN s.terminal_event = 'handoff_requested'    THEN 'escalated'
        WHEN s.terminal_event = 'resolution_confirmed' THEN 'resolved'
        WHEN l.last_bot_failed = false AND l.last_sentiment >= 0 THEN 'resolved'
        ELSE 'abandoned'
    END AS outcome
FROM session_terminal s
LEFT JOIN last_turns l ON l.session_id = s.session_id;
