-- The users' own signals (ratings, returns) beside each definition's labels: what a team can check its outcome definition against
-- when there is no latent truth. Needs outcome_labels and ratings(session_id, rating) on the 1–5 CSAT scale (the
-- import writes ratings.parquet; a session rated more than once counts with its mean rating).
-- Portable SQL (DuckDB and PostgreSQL 15).

-- name: ratings_by_label
-- Per definition and label: rated sessions, their mean rating and its spread, and how many were rated 1–2 and 4–5.
WITH rated AS (
    SELECT session_id, avg(rating) AS rating
    FROM ratings
    WHERE rating IS NOT NULL
    GROUP BY session_id
)
SELECT
    l.definition,
    l.outcome,
    count(*)                                        AS rated,
    avg(r.rating)                                   AS mean_rating,
    coalesce(stddev_samp(r.rating), 0)              AS sd_rating,
    count(*) FILTER (WHERE r.rating <= 2)           AS rated_low,
    count(*) FILTER (WHERE r.rating >= 4)           AS rated_high
FROM outcome_labels l
JOIN rated r USING (session_id)
GROUP BY l.definition, l.outcome
ORDER BY l.definition, CASE l.outcome WHEN 'resolved' THEN 1 WHEN 'escalated' THEN 2 ELSE 3 END;

-- name: returns_by_label
-- Per definition and label: the sessions that could show a return within 24 hours (they ended at least 24 hours before
-- the log's last turn) and how many came back: another session of the same conversation or customer started within
-- 24 hours of their last turn (sql/session_returns.sql). Needs session_returns.
SELECT
    l.definition,
    l.outcome,
    count(*)                                                                   AS observable,
    count(*) FILTER (WHERE r.next_return_at <= r.ended_at + INTERVAL '24 hours') AS returned
FROM outcome_labels l
JOIN session_returns r USING (session_id)
WHERE r.ended_at + INTERVAL '24 hours' <= r.log_end
GROUP BY l.definition, l.outcome
ORDER BY l.definition, CASE l.outcome WHEN 'resolved' THEN 1 WHEN 'escalated' THEN 2 ELSE 3 END;
