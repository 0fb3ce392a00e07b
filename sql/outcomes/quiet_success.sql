-- quiet_success: three_tier, but a silent ending is not always a failure.
-- A session that ends without a word (user_left, session_timeout or the end of the log) right after a
-- successful bot answer, with the user's last sentiment non-negative, counts as resolved: the user
-- plausibly got what they came for. A reviewer arguing that "abandoned" over-counts failure would use this.
-- "Last" is within the feature window; a bot turn without a bot_failure flag, or a user turn without a sentiment, is skipped.
WITH last_turns AS (
    SELECT
        session_id,
        bool_or(bot_failure) FILTER (WHERE speaker = 'bot' AND from_last = 1) AS last_bot_failed,
        max(sentiment) FILTER (WHERE speaker = 'user' AND from_last = 1)   AS last_sentiment
    FROM (
        SELECT t.session_id, t.speaker, t.bot_failure, t.sentiment,
               row_number() OVER (PARTITION BY t.session_id, t.speaker ORDER BY t.turn_index DESC) AS from_last
        FROM turns t
        JOIN session_terminal s ON s.session_id = t.session_id AND t.turn_index < s.terminal_turn
        WHERE (t.speaker = 'bot' AND t.bot_failure IS NOT NULL) OR (t.speaker = 'user' AND t.sentiment IS NOT NULL)
    ) AS ranked
    GROUP BY session_id
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
