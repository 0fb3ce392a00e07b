-- assumed_resolution: Intercom Fin's resolutions, confirmed and assumed.
-- escalated if a handoff was requested; resolved if the user confirmed resolution (Fin's confirmed resolution), or if
-- after the bot's last answer the user wrote nothing more, asked for no person, and neither the conversation nor the
-- customer came back within 24 hours (Fin's assumed resolution); abandoned otherwise.
-- Where it differs: Fin knows which of its messages are answers; here the bot's last answer is its last turn before the
-- terminal event; it must follow a message of the user (a greeting is no answer, as for Fin) and not be a fallback
-- (bot_failure false; NULL, not known, is no answer). Fin deducts a resolution when the customer returns to the same
-- conversation; here a return of the same customer in another conversation counts too (sql/session_returns.sql; a log
-- without conversation_id and customer_id shows none). Fin counts a confirmed resolution or a handoff at once; here
-- every session that ended less than 24 hours before the log's last turn gets no label, so all labels rest on the same
-- sessions (headline.sql's left_out query counts the others).
-- It reads bot_failure, which the features are built from: circular for modelling, like quiet_success.
WITH window_turns AS (
    SELECT t.session_id, t.turn_index, t.speaker, t.bot_failure
    FROM turns t
    JOIN session_terminal s ON s.session_id = t.session_id AND t.turn_index < s.terminal_turn
),
last_turns AS (
    SELECT
        session_id,
        max(turn_index) FILTER (WHERE speaker = 'bot')  AS answer_turn,
        max(turn_index) FILTER (WHERE speaker = 'user') AS last_user_turn
    FROM window_turns
    GROUP BY session_id
),
-- the bot's last turn came after the user's last message (so it answers something, and the user asked nothing more)
-- and was not a fallback
assumed AS (
    SELECT l.session_id
    FROM last_turns l
    JOIN window_turns b ON b.session_id = l.session_id AND b.turn_index = l.answer_turn
    WHERE l.answer_turn > l.last_user_turn
      AND b.bot_failure = false
)
SELECT
    s.session_id,
    CASE
        WHEN s.terminal_event = 'handoff_requested'    THEN 'escalated'
        WHEN s.terminal_event = 'resolution_confirmed' THEN 'resolved'
        WHEN s.session_id IN (SELECT session_id FROM assumed)
         AND (r.next_return_at IS NULL OR r.next_return_at > r.ended_at + INTERVAL '24 hours') THEN 'resolved'
        ELSE 'abandoned'
    END AS outcome
FROM session_terminal s
JOIN session_returns r ON r.session_id = s.session_id
WHERE r.ended_at + INTERVAL '24 hours' <= r.log_end;
