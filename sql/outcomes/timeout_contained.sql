-- timeout_contained: what many chat platforms' containment dashboards count.
-- escalated if a handoff was requested; abandoned only if the user closed the chat (user_left); resolved otherwise:
-- a confirmed resolution, and also an idle timeout, which those dashboards count as "contained" (the user stopped
-- replying, so the bot is assumed to have answered). A reviewer asking how much of the blind spot a platform's own
-- definition hides would use this. It reads only the terminal event, as three_tier does, so it is not circular.
SELECT
    session_id,
    CASE terminal_event
        WHEN 'handoff_requested' THEN 'escalated'
        WHEN 'user_left'         THEN 'abandoned'
        ELSE 'resolved'
    END AS outcome
FROM session_terminal;
