-- The case study's headline numbers, one named query each (run by name from the notebooks).
-- Needs: outcome_labels(definition, session_id, outcome) for every definition in sql/outcomes/,
--        outcomes(session_id, outcome) for the selected definition, session_features,
--        and, on simulated data only, truth(session_id, true_outcome, ...).
-- A definition with a return window (assumed_resolution, no_return, no_return_7d) leaves the sessions at the log's end
-- without a label (SqlSession.LeftOutSessions counts them): its shares are of the sessions it labels.
-- Portable SQL (DuckDB and PostgreSQL 15): counts are cast before dividing, since PostgreSQL divides integers as integers.

-- name: outcome_shares
-- Share of sessions per outcome under each definition.
SELECT
    definition,
    CAST(count(*) FILTER (WHERE outcome = 'resolved')  AS DOUBLE PRECISION) / count(*) AS resolved,
    CAST(count(*) FILTER (WHERE outcome = 'escalated') AS DOUBLE PRECISION) / count(*) AS escalated,
    CAST(count(*) FILTER (WHERE outcome = 'abandoned') AS DOUBLE PRECISION) / count(*) AS abandoned,
    CAST(count(*) FILTER (WHERE outcome <> 'resolved') AS DOUBLE PRECISION) / count(*) AS observed_failure_share
FROM outcome_labels
GROUP BY definition
-- the two definitions the reveal contrasts first, then the others by share not resolved
ORDER BY CASE definition WHEN 'escalation_only' THEN 0 WHEN 'three_tier' THEN 1 ELSE 2 END, observed_failure_share, definition;

-- name: reveal
-- What an escalation-only dashboard reports against the failure rate the three-tier taxonomy reveals.
SELECT
    CAST(count(*) FILTER (WHERE definition = 'escalation_only' AND outcome <> 'resolved') AS DOUBLE PRECISION)
        / count(*) FILTER (WHERE definition = 'escalation_only') AS escalation_only_failure_share,
    CAST(count(*) FILTER (WHERE definition = 'three_tier' AND outcome <> 'resolved') AS DOUBLE PRECISION)
        / count(*) FILTER (WHERE definition = 'three_tier')      AS observed_failure_share,
    CAST(count(*) FILTER (WHERE definition = 'three_tier' AND outcome = 'abandoned') AS DOUBLE PRECISION)
        / count(*) FILTER (WHERE definition = 'three_tier')      AS hidden_abandonment_share
FROM outcome_labels;

-- name: label_determinacy
-- Whether each definition's label is determined on this log: how many sessions it labels, how many of them carry no
-- ending event at all (no handoff, resolution, user_left or session_timeout: measured from the events, whatever a
-- definition's SQL says, so the same count for every definition that labels the same sessions), and each class's size.
SELECT
    l.definition,
    count(*)                                                  AS sessions,
    count(*) FILTER (WHERE s.terminal_event IS NULL)          AS without_ending_event,
    count(*) FILTER (WHERE l.outcome = 'resolved')            AS resolved,
    count(*) FILTER (WHERE l.outcome = 'escalated')           AS escalated,
    count(*) FILTER (WHERE l.outcome = 'abandoned')           AS abandoned
FROM outcome_labels l
JOIN session_terminal s USING (session_id)
GROUP BY l.definition
ORDER BY l.definition;

-- name: failures_by_outcome
-- Behavioural persistence: bot failures, user turns and minutes before the terminal event, by outcome of the selected definition.
SELECT
    o.outcome,
    count(*)                                                  AS sessions,
    avg(CAST(f.n_failures AS DOUBLE PRECISION))               AS mean_failures,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY f.n_failures) AS median_failures,
    avg(CAST(f.n_user_turns AS DOUBLE PRECISION))             AS mean_user_turns,
    avg(CAST(f.duration_seconds AS DOUBLE PRECISION)) / 60.0  AS mean_minutes,
    -- an exact sum, as in session_features.sql: the same digits whatever order the threads add the sessions in
    CAST(sum(CAST(f.min_sentiment AS DECIMAL(18, 12))) AS DOUBLE PRECISION) / nullif(count(f.min_sentiment), 0) AS mean_min_sentiment
FROM outcomes o
JOIN session_features f USING (session_id)
GROUP BY o.outcome
ORDER BY CASE o.outcome WHEN 'resolved' THEN 1 WHEN 'escalated' THEN 2 ELSE 3 END;

-- name: failures_by_intent
-- Failure accumulation per intent before the terminal event: failed bot turns per bot turn, failures per session, observed failure share.
SELECT
    coalesce(f.intent, '(none)')                 AS intent,
    count(*)                                     AS sessions,
    CAST(sum(f.n_failures) AS DOUBLE PRECISION)
        / nullif(CAST(sum(f.n_bot_turns) AS DOUBLE PRECISION), 0)                      AS failures_per_bot_turn_before_end,
    avg(CAST(f.n_failures AS DOUBLE PRECISION))  AS mean_failures,
    CAST(count(*) FILTER (WHERE o.outcome <> 'resolved') AS DOUBLE PRECISION) / count(*) AS observed_failure_share
FROM session_features f
JOIN outcomes o USING (session_id)
GROUP BY 1
ORDER BY failures_per_bot_turn_before_end DESC, intent;

-- name: definitions_vs_truth
-- Simulated data only: each definition scored against the simulator's latent truth.
-- accuracy: the label equals the true outcome; failure_recall: true failures the definition calls failures;
-- failure_precision: sessions called failures that truly failed.
SELECT
    l.definition,
    CAST(count(*) FILTER (WHERE l.outcome = t.true_outcome) AS DOUBLE PRECISION) / count(*)   AS accuracy,
    CAST(count(*) FILTER (WHERE l.outcome <> 'resolved' AND t.true_outcome <> 'resolved') AS DOUBLE PRECISION)
        / nullif(count(*) FILTER (WHERE t.true_outcome <> 'resolved'), 0)                    AS failure_recall,
    CAST(count(*) FILTER (WHERE l.outcome <> 'resolved' AND t.true_outcome <> 'resolved') AS DOUBLE PRECISION)
        / nullif(count(*) FILTER (WHERE l.outcome <> 'resolved'), 0)                         AS failure_precision,
    CAST(count(*) FILTER (WHERE t.true_outcome <> 'resolved') AS DOUBLE PRECISION) / count(*) AS latent_failure_share
FROM outcome_labels l
JOIN truth t USING (session_id)
GROUP BY l.definition
ORDER BY accuracy DESC, l.definition;

-- name: paired_accuracy
-- Simulated data only: for every pair of definitions, the sessions only the first labels as truly happened, only the
-- second, and all: the discordant pairs a paired comparison of their accuracies rests on (as in McNemar's test).
SELECT
    a.definition                                                                   AS first_definition,
    b.definition                                                                   AS second_definition,
    count(*)                                                                       AS sessions,
    count(*) FILTER (WHERE a.outcome = t.true_outcome AND b.outcome <> t.true_outcome) AS only_first_right,
    count(*) FILTER (WHERE b.outcome = t.true_outcome AND a.outcome <> t.true_outcome) AS only_second_right
FROM outcome_labels a
JOIN outcome_labels b ON b.session_id = a.session_id AND a.definition < b.definition
JOIN truth t ON t.session_id = a.session_id
GROUP BY a.definition, b.definition
ORDER BY a.definition, b.definition;
