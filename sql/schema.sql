-- The turn-log contract: one row per message. Simulated and imported logs both follow it;
-- extra columns are allowed and carried through. lib/BlindSpot/Logs/TurnLogSchema.cs states
-- the same table in code (a test keeps the two equal).
CREATE TABLE turns (
    session_id  VARCHAR   NOT NULL, -- conversation id
    turn_index  INTEGER   NOT NULL, -- 1-based order within the session, no gaps, no duplicates
    ts          TIMESTAMP NOT NULL, -- message time, non-decreasing within a session
    speaker     VARCHAR   NOT NULL, -- user | bot | agent | system
    intent      VARCHAR,            -- user turns: billing | technical_support | account_access | order_status | product_info | cancellation
    text        VARCHAR,            -- message text
    sentiment   DOUBLE,             -- user turns: upstream sentiment score in [-1, 1]
    bot_failure BOOLEAN,            -- bot turns: the bot failed (no match, wrong answer, error)
    event       VARCHAR             -- handoff_requested | agent_joined | resolution_confirmed | user_left | session_timeout
);
