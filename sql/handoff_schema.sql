-- The human leg of the simulation: four files written beside the turn log by the same run
-- (lib/BlindSpot/Handoff/HandoffSchema.cs states the same tables; a test keeps the two equal).
-- agent_turns has exactly the columns of sql/schema.sql (turns): the agent side of escalated sessions,
-- continuing each session's turn_index after its last bot-side turn.
-- The simulator fills every column. Written by `blindspot import` from a chat export, what the export cannot say is NULL
-- ("not measured"): packet_level, the has_* flags, packet_fields, recovery_minutes, resolved_by_agent and nps; the
-- NOT NULL below states the simulator's files.

-- One row per escalated session: what the agent received and how the recovery went.
CREATE TABLE handoffs (
    session_id                 VARCHAR   NOT NULL, -- the escalated session (terminal event handoff_requested)
    handoff_ts                 TIMESTAMP NOT NULL, -- time of the customer's handoff request
    packet_level               VARCHAR   NOT NULL, -- none | partial | full
    has_thread                 BOOLEAN   NOT NULL, -- the agent received the conversation thread
    has_summary                BOOLEAN   NOT NULL, -- ... a plain-language summary
    has_identifiers            BOOLEAN   NOT NULL, -- ... the identifiers (orders, invoices, accounts)
    has_bot_actions            BOOLEAN   NOT NULL, -- ... what the bot already tried
    has_escalation_reason      BOOLEAN   NOT NULL, -- ... why the bot escalated
    has_evidence               BOOLEAN   NOT NULL, -- ... the evidence gathered
    has_sentiment              BOOLEAN   NOT NULL, -- ... the sentiment trajectory
    packet_fields              INTEGER   NOT NULL, -- number of has_* flags that are true, 0-7
    re_explained               BOOLEAN   NOT NULL, -- the customer had to describe the problem again
    first_reply_moved_forward  BOOLEAN   NOT NULL, -- the agent's first message acknowledged the context and moved the case forward
    first_reply_seconds        INTEGER   NOT NULL, -- handoff request -> agent's first message, >= 0
    first_useful_reply_seconds INTEGER   NOT NULL, -- handoff request -> first reply that addressed the problem, >= first_reply_seconds
    recovery_minutes           DOUBLE    NOT NULL, -- agent effort reconstructing and recovering the case, >= 0
    resolved_by_agent          BOOLEAN   NOT NULL  -- the agent resolved the case
);

-- The human-only cohort: cases handled by a human from the start (they never met the bot).
CREATE TABLE human_only (
    case_id                    VARCHAR   NOT NULL, -- case id (H...), never a session of the turn log
    intent                     VARCHAR   NOT NULL, -- as in the turn log
    opened_ts                  TIMESTAMP NOT NULL, -- time the case was opened
    first_reply_seconds        INTEGER   NOT NULL, -- seconds to the agent's first reply, >= 0
    first_useful_reply_seconds INTEGER   NOT NULL, -- seconds to the first reply that addressed the problem, >= first_reply_seconds
    re_explained               BOOLEAN   NOT NULL, -- the customer had to describe the problem again (e.g. after a transfer)
    resolved                   BOOLEAN   NOT NULL  -- the case was resolved
);

-- One post-case survey sent per case on the three paths; abandoned sessions get none.
CREATE TABLE surveys (
    case_id   VARCHAR NOT NULL, -- session_id (ai_resolved, ai_to_human) or human_only.case_id
    path      VARCHAR NOT NULL, -- ai_resolved | ai_to_human | human_only
    responded BOOLEAN NOT NULL, -- the customer answered
    csat      INTEGER,          -- 1-5; NULL when not answered
    nps       INTEGER           -- 0-10 (likelihood to recommend); NULL when not answered
);
