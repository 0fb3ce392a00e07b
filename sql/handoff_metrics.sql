-- The seam metrics of the handoff article, segmented by path, with the blended figure beside them.
-- Needs: the views case_paths and case_metrics (sql/handoff_paths.sql, run by HandoffData.Load).
--   csat                        mean of answered CSAT (1-5)
--   satisfied_rate              share of answered CSAT that are 4 or 5
--   nps                         % promoters (9-10) minus % detractors (0-6) among answered NPS: a score from -100 to +100
--                               in whole points (as NPS is reported), not a share
--   first_reply_minutes         median minutes from the handoff request (or case opening) to the agent's first message
--   first_useful_reply_minutes  median minutes from the handoff request (or case opening) to the first reply that addressed the problem
--   re_explanation_rate         share of cases where the customer had to restate the problem
--   rework_rate_by_construction share of escalations whose packet missed key context (thread, identifiers or evidence):
--                               set by the packet policy the simulation draws, so it measures the policy, not the seam
--   recovery_minutes            mean agent effort reconstructing an escalated case
-- Rates a path cannot have (the bot-resolved path has no human reply) are NULL; so are the escalated-path-only
-- measures in the blended row, which would otherwise repeat the escalated path's figures.

-- name: segmented
-- One row per path, then `blended`: every case the AI touched (ai_resolved + ai_to_human), the number an
-- AI-support dashboard reports.
WITH rows AS (
    SELECT path AS segment, * FROM case_metrics
    UNION ALL
    SELECT 'blended' AS segment, * FROM case_metrics WHERE path IN ('ai_resolved', 'ai_to_human')
)
SELECT
    segment,
    count(*)                                                                   AS cases,
    count(*) FILTER (WHERE responded)                                          AS responses,
    (count(*) FILTER (WHERE responded) / count(*))::DOUBLE                     AS response_rate,
    avg(csat)::DOUBLE                                                          AS csat,
    avg(CASE WHEN csat >= 4 THEN 1.0 WHEN csat IS NOT NULL THEN 0.0 END)::DOUBLE AS satisfied_rate,
    round(100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / nullif(count(nps), 0))::DOUBLE AS nps,
    CASE WHEN segment <> 'blended' THEN (quantile_cont(first_reply_seconds, 0.5) / 60.0)::DOUBLE END AS first_reply_minutes,
    CASE WHEN segment <> 'blended' THEN (quantile_cont(first_useful_reply_seconds, 0.5) / 60.0)::DOUBLE END AS first_useful_reply_minutes,
    CASE WHEN segment <> 'blended' THEN avg(CASE WHEN re_explained THEN 1.0 WHEN NOT re_explained THEN 0.0 END)::DOUBLE END AS re_explanation_rate,
    CASE WHEN segment <> 'blended' THEN avg(CASE WHEN rework THEN 1.0 WHEN NOT rework THEN 0.0 END)::DOUBLE END AS rework_rate_by_construction,
    CASE WHEN segment <> 'blended' THEN avg(recovery_minutes)::DOUBLE END      AS recovery_minutes
FROM rows
GROUP BY segment
ORDER BY CASE segment WHEN 'ai_resolved' THEN 1 WHEN 'ai_to_human' THEN 2 WHEN 'human_only' THEN 3 ELSE 4 END;

-- name: by_packet
-- The escalated path by packet completeness (none / partial / full), then all escalations.
WITH rows AS (
    SELECT packet_level AS packet, * FROM case_metrics WHERE path = 'ai_to_human' AND packet_level IS NOT NULL
    UNION ALL
    SELECT 'all' AS packet, * FROM case_metrics WHERE path = 'ai_to_human'
)
SELECT
    packet,
    count(*)                                                                   AS escalations,
    avg(CASE WHEN re_explained THEN 1.0 WHEN NOT re_explained THEN 0.0 END)::DOUBLE AS re_explanation_rate,
    count(re_explained)                                                        AS re_explanation_known,
    (quantile_cont(first_useful_reply_seconds, 0.5) / 60.0)::DOUBLE           AS first_useful_reply_minutes,
    avg(recovery_minutes)::DOUBLE                                              AS recovery_minutes,
    count(*) FILTER (WHERE responded)                                          AS responses,
    avg(csat)::DOUBLE                                                          AS csat,
    count(csat)                                                                AS csat_answers,
    stddev_samp(csat)::DOUBLE                                                  AS csat_sd,
    avg(CASE WHEN csat >= 4 THEN 1.0 WHEN csat IS NOT NULL THEN 0.0 END)::DOUBLE AS satisfied_rate,
    round(100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / nullif(count(nps), 0))::DOUBLE AS nps
FROM rows
GROUP BY packet
ORDER BY CASE packet WHEN 'none' THEN 1 WHEN 'partial' THEN 2 WHEN 'full' THEN 3 ELSE 4 END;

-- name: escalated_by_intent
-- The escalated path by the intent of the customer's first message (unknown when the log has none), lowest CSAT first:
-- which customers the handoff serves worst.
-- (arg_min rather than a window over every turn: the same row, as turn_index is unique in a session, without sorting the log)
WITH first_intent AS (
    SELECT session_id, arg_min(intent, turn_index) AS intent
    FROM turns WHERE speaker = 'user' AND intent IS NOT NULL
    GROUP BY session_id
)
SELECT
    coalesce(i.intent, 'unknown')                                              AS intent,
    count(*)                                                                   AS escalations,
    count(m.csat)                                                              AS responses,
    avg(m.csat)::DOUBLE                                                        AS csat,
    (quantile_cont(m.first_useful_reply_seconds, 0.5) / 60.0)::DOUBLE          AS first_useful_reply_minutes,
    avg(CASE WHEN m.re_explained THEN 1.0 WHEN NOT m.re_explained THEN 0.0 END)::DOUBLE AS re_explanation_rate
FROM case_metrics m
LEFT JOIN first_intent i ON i.session_id = m.case_id
WHERE m.path = 'ai_to_human'
GROUP BY coalesce(i.intent, 'unknown')
ORDER BY csat NULLS LAST, intent;

-- name: escalated_arrival
-- Escalated customers arrive upset: their CSAT against their last sentiment before the handoff (the user turn that
-- asked for a human, or the last one before it), as a least-squares line over the answered surveys. The line's value
-- at a neutral arrival (sentiment 0) splits the escalated path's gap to the human-only path into what arriving angry
-- explains (csat_at_neutral_arrival - csat) and what remains (human-only CSAT - csat_at_neutral_arrival).
WITH arrival AS (
    SELECT t.session_id, arg_max(t.sentiment, t.turn_index) AS arrival_sentiment
    FROM turns t
    JOIN session_terminal s ON s.session_id = t.session_id AND t.turn_index <= s.terminal_turn
    WHERE s.terminal_event = 'handoff_requested' AND t.speaker = 'user' AND t.sentiment IS NOT NULL
    GROUP BY t.session_id
)
-- (The sums over sentiment, a DOUBLE, run in session order: threads joining in another order would change the last digits
-- from one run to the next.)
SELECT
    count(*)                                                                          AS responses,
    avg(m.csat)::DOUBLE                                                               AS csat,
    avg(a.arrival_sentiment ORDER BY m.case_id)::DOUBLE                               AS mean_arrival_sentiment,
    regr_slope(m.csat, a.arrival_sentiment ORDER BY m.case_id)::DOUBLE                AS csat_per_sentiment,
    regr_intercept(m.csat, a.arrival_sentiment ORDER BY m.case_id)::DOUBLE            AS csat_at_neutral_arrival
FROM case_metrics m
JOIN arrival a ON a.session_id = m.case_id
WHERE m.path = 'ai_to_human' AND m.csat IS NOT NULL;

-- name: handoff_review
-- The article's qualitative review, one answer per escalation, as the share answering "yes", by packet completeness.
-- The first three are true by construction: each packet level carries those fields or not (0 or 1 per level).
--   had_thread_by_construction        did the agent have the full thread?
--   knew_bot_actions_by_construction  did the agent know what the bot already tried?
--   had_reason_by_construction        did the escalation include a likely reason?
--   customer_repeated       did the customer need to repeat themselves? (lower is better)
--   first_reply_moved_on    did the first human message move the case forward?
WITH rows AS (
    SELECT packet_level AS packet, * FROM handoffs
    UNION ALL
    SELECT 'all' AS packet, * FROM handoffs
)
SELECT
    packet,
    count(*)                                            AS escalations,
    avg(has_thread::INT)::DOUBLE                        AS had_thread_by_construction,
    avg(has_bot_actions::INT)::DOUBLE                   AS knew_bot_actions_by_construction,
    avg(has_escalation_reason::INT)::DOUBLE             AS had_reason_by_construction,
    avg(re_explained::INT)::DOUBLE                      AS customer_repeated,
    avg(first_reply_moved_forward::INT)::DOUBLE         AS first_reply_moved_on
FROM rows
GROUP BY packet
ORDER BY CASE packet WHEN 'none' THEN 1 WHEN 'partial' THEN 2 WHEN 'full' THEN 3 ELSE 4 END;

-- name: review_per_escalation
-- The same five questions answered for each escalation (yes / no), for reading a sample.
SELECT
    session_id,
    packet_level,
    CASE WHEN has_thread THEN 'yes' ELSE 'no' END                AS had_thread,
    CASE WHEN has_bot_actions THEN 'yes' ELSE 'no' END           AS knew_bot_actions,
    CASE WHEN has_escalation_reason THEN 'yes' ELSE 'no' END     AS had_reason,
    CASE WHEN re_explained THEN 'yes' ELSE 'no' END              AS customer_repeated,
    CASE WHEN first_reply_moved_forward THEN 'yes' ELSE 'no' END AS first_reply_moved_on
FROM handoffs
ORDER BY session_id;
