-- Prefix features: what is known about a session after its first k user turns (k = 1 .. prefix_max_k), one row
-- per (session, k), for early warning (a forecast after every user turn, using only what came before it).
-- Requires session_terminal (session_terminal.sql). Set the largest k first: SET VARIABLE prefix_max_k = 6 (default 6).
--
-- The prefix at k: every turn of the feature window (strictly before the terminal event) up to, but not including,
-- the (k+1)-th user turn. It holds user turn k and what followed it before the user spoke again (in the simulator,
-- the bot's reply), so the forecast at k is made once the bot has answered user turn k. Computed with running
-- window functions (ROWS UNBOUNDED PRECEDING .. CURRENT ROW) read at the prefix's last turn: no value looks ahead.
--
-- A session that ended before its k-th user turn (the user left, asked for a human or confirmed a resolution at
-- or before it) has NO row at k: there is nobody left to warn about. The sessions present at k are those at risk.
--
--   k                   user turns so far (each counted, with or without a sentiment)
--   prefix_end_turn     turn_index of the prefix's last turn: the moment the forecast at k is made
--   intent              intent of the first user turn so far that has one
--   n_turns / n_bot_turns / n_failures   turns, bot turns and failed bot turns so far
--   n_sentiments        user turns with a sentiment so far
--   first/last/mean/min_sentiment        over those; NULL without one
--   sentiment_velocity  (s3 - s1) / 2 over the 1st and 3rd user sentiments, as in session_features; NULL with fewer than three
--   sentiment_slope     least-squares slope of sentiment on its rank (1, 2, ...) so far; NULL with fewer than two
--   last_bot_failed     1 if the last bot turn so far failed (a NULL flag counts as not failed), 0 if not; NULL without a bot turn
--   seconds_so_far      seconds from the session's first turn to the prefix's last turn
CREATE OR REPLACE TABLE prefix_features AS
WITH window_turns AS (
    SELECT t.session_id, t.turn_index, t.ts, t.speaker,
           CASE WHEN t.speaker = 'user' THEN t.intent END    AS user_intent,
           CASE WHEN t.speaker = 'user' THEN t.sentiment END AS user_sentiment,
           CASE WHEN t.speaker = 'bot' THEN CASE WHEN coalesce(t.bot_failure, false) THEN 1 ELSE 0 END END AS bot_failed
    FROM turns t
    JOIN session_terminal s ON s.session_id = t.session_id
    WHERE t.turn_index < s.terminal_turn
),
ranked AS (
    SELECT *,
           count(*) FILTER (WHERE speaker = 'user') OVER so_far AS k,
           CASE WHEN user_sentiment IS NOT NULL THEN count(user_sentiment) OVER so_far END AS sentiment_rank
    FROM window_turns
    WINDOW so_far AS (PARTITION BY session_id ORDER BY turn_index ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
),
running AS (
    SELECT
        session_id, turn_index, k,
        lead(k) OVER (PARTITION BY session_id ORDER BY turn_index)      AS next_k,
        first_value(user_intent IGNORE NULLS) OVER so_far                AS intent,
        count(*) OVER so_far                                             AS n_turns,
        count(bot_failed) OVER so_far                                    AS n_bot_turns,
        coalesce(sum(bot_failed) OVER so_far, 0)                         AS n_failures,
        count(user_sentiment) OVER so_far                                AS n_sentiments,
        first_value(user_sentiment IGNORE NULLS) OVER so_far             AS first_sentiment,
        last_value(user_sentiment IGNORE NULLS) OVER so_far              AS last_sentiment,
        avg(user_sentiment) OVER so_far                                  AS mean_sentiment,
        min(user_sentiment) OVER so_far                                  AS min_sentiment,
        (max(user_sentiment) FILTER (WHERE sentiment_rank = 3) OVER so_far
       - max(user_sentiment) FILTER (WHERE sentiment_rank = 1) OVER so_far) / 2 AS sentiment_velocity,
        CASE WHEN count(user_sentiment) OVER so_far >= 2
             THEN regr_slope(user_sentiment, sentiment_rank) OVER so_far END AS sentiment_slope,
        last_value(bot_failed IGNORE NULLS) OVER so_far                  AS last_bot_failed,
        date_diff('second', first_value(ts) OVER so_far, ts)             AS seconds_so_far
    FROM ranked
    WINDOW so_far AS (PARTITION BY session_id ORDER BY turn_index ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
)
SELECT
    session_id,
    CAST(k AS INTEGER)           AS k,
    turn_index                   AS prefix_end_turn,
    intent,
    n_turns,
    n_bot_turns,
    CAST(n_failures AS BIGINT)   AS n_failures,
    n_sentiments,
    first_sentiment,
    last_sentiment,
    mean_sentiment,
    min_sentiment,
    sentiment_velocity,
    sentiment_slope,
    last_bot_failed,
    seconds_so_far
FROM running
WHERE k BETWEEN 1 AND coalesce(getvariable('prefix_max_k'), 6)
  AND (next_k IS NULL OR next_k <> k)   -- the last turn before the next user turn (or the end of the window)
ORDER BY session_id, k;
