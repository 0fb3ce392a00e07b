-- One row of behavioural features per session, computed from the turns strictly BEFORE the terminal event
-- (session_terminal.sql): nothing a model sees is known only after the outcome. Requires session_terminal.
-- Portable SQL: runs unchanged on DuckDB and PostgreSQL 15 (README, "Past one machine", lists what each engine needs).
--
--   intent                   intent of the first user turn (in the window) that has one
--   n_turns / n_user_turns / n_bot_turns   turn counts in the window
--   n_failures               bot turns flagged bot_failure
--   failures_per_bot_turn    n_failures / n_bot_turns; NULL without a bot turn
--   longest_failure_run      most consecutive failed bot turns (user turns in between do not break a run); 0 without failures
--   turns_to_first_failure   turns before the first failed bot turn (its turn_index - 1); NULL without failures
--   first/last/min/max/mean_sentiment  over user turns with a sentiment; NULL without one
--   std_sentiment            sample standard deviation; NULL with fewer than two
--   sentiment_range          max - min ("emotional volatility" in the case study)
--   sentiment_velocity       (s3 - s1) / 2: per-turn slope from the 1st to the 3rd user sentiment; NULL with fewer than three
--   duration_seconds         seconds from the first to the last turn in the window; NULL for an empty window
--   failures_before_handoff  n_failures for sessions that end in a handoff request; NULL otherwise
DROP TABLE IF EXISTS session_features;
CREATE TABLE session_features AS
WITH window_turns AS (
    SELECT t.session_id, t.turn_index, t.ts, t.speaker, t.intent, t.sentiment, coalesce(t.bot_failure, false) AS failed
    FROM turns t
    JOIN session_terminal s ON s.session_id = t.session_id
    WHERE t.turn_index < s.terminal_turn
),
counts AS (
    SELECT
        session_id,
        count(*)                                                AS n_turns,
        count(*) FILTER (WHERE speaker = 'user')                AS n_user_turns,
        count(*) FILTER (WHERE speaker = 'bot')                 AS n_bot_turns,
        count(*) FILTER (WHERE speaker = 'bot' AND failed)      AS n_failures,
        min(turn_index) FILTER (WHERE speaker = 'bot' AND failed) - 1 AS turns_to_first_failure,
        -- whole-second boundaries crossed, as date_diff('second', min(ts), max(ts)) counts them (PostgreSQL has no date_diff)
        CAST(floor(extract(epoch FROM max(ts))) - floor(extract(epoch FROM min(ts))) AS BIGINT) AS duration_seconds
    FROM window_turns
    GROUP BY session_id
),
first_intent AS (
    SELECT session_id, intent
    FROM (SELECT session_id, intent, row_number() OVER (PARTITION BY session_id ORDER BY turn_index) AS k
          FROM window_turns
          WHERE speaker = 'user' AND intent IS NOT NULL) AS user_intents
    WHERE k = 1
),
user_sentiment AS (
    SELECT session_id, turn_index, sentiment,
           row_number() OVER by_turn           AS k,
           lead(turn_index) OVER by_turn IS NULL AS is_last
    FROM window_turns
    WHERE speaker = 'user' AND sentiment IS NOT NULL
    WINDOW by_turn AS (PARTITION BY session_id ORDER BY turn_index)
),
sentiment AS (
    SELECT
        session_id,
        max(sentiment) FILTER (WHERE k = 1)  AS first_sentiment,
        max(sentiment) FILTER (WHERE is_last) AS last_sentiment,
        min(sentiment)                  AS min_sentiment,
        max(sentiment)                  AS max_sentiment,
        -- Mean and SD from exact sums of the sentiment to 12 decimals: a sum of doubles depends on the order the
        -- threads meet a session's turns, and at 100,000 sessions one run in eight differed in the last digits.
        CAST(sum(exact_sentiment) AS DOUBLE PRECISION) / count(*) AS mean_sentiment,
        CASE WHEN count(*) > 1 THEN sqrt(
            CAST(count(*) * sum(exact_sentiment * exact_sentiment) - sum(exact_sentiment) * sum(exact_sentiment) AS DOUBLE PRECISION)
            / (count(*) * (count(*) - 1))) END AS std_sentiment,
        max(sentiment) - min(sentiment) AS sentiment_range,
        (max(sentiment) FILTER (WHERE k = 3) - max(sentiment) FILTER (WHERE k = 1)) / 2 AS sentiment_velocity
    -- cast after the window, so that the window functions do not carry another column
    FROM (SELECT *, CAST(sentiment AS DECIMAL(18, 12)) AS exact_sentiment FROM user_sentiment) AS user_sentiment_exact
    GROUP BY session_id
),
bot_turns AS (
    -- gaps and islands: within a run of failures, (bot turn number) - (failure number) stays constant
    SELECT session_id, failed,
           row_number() OVER (PARTITION BY session_id ORDER BY turn_index)
         - row_number() OVER (PARTITION BY session_id, failed ORDER BY turn_index) AS island
    FROM window_turns
    WHERE speaker = 'bot'
),
failure_runs AS (
    SELECT session_id, max(run_length) AS longest_failure_run
    FROM (SELECT session_id, island, count(*) AS run_length FROM bot_turns WHERE failed GROUP BY session_id, island) AS runs
    GROUP BY session_id
)
SELECT
    s.session_id,
    i.intent,
    coalesce(c.n_turns, 0)                      AS n_turns,
    coalesce(c.n_user_turns, 0)                 AS n_user_turns,
    coalesce(c.n_bot_turns, 0)                  AS n_bot_turns,
    coalesce(c.n_failures, 0)                   AS n_failures,
    CASE WHEN c.n_bot_turns > 0 THEN CAST(c.n_failures AS DOUBLE PRECISION) / c.n_bot_turns END AS failures_per_bot_turn,
    coalesce(r.longest_failure_run, 0)          AS longest_failure_run,
    c.turns_to_first_failure,
    m.first_sentiment,
    m.last_sentiment,
    m.min_sentiment,
    m.max_sentiment,
    m.mean_sentiment,
    m.std_sentiment,
    m.sentiment_range,
    m.sentiment_velocity,
    c.duration_seconds,
    CASE WHEN s.terminal_event = 'handoff_requested' THEN coalesce(c.n_failures, 0) END AS failures_before_handoff
FROM session_terminal s
LEFT JOIN counts c       ON c.session_id = s.session_id
LEFT JOIN first_intent i ON i.session_id = s.session_id
LEFT JOIN sentiment m    ON m.session_id = s.session_id
LEFT JOIN failure_runs r ON r.session_id = s.session_id
ORDER BY s.session_id;
