-- How far this service has applied each event log it reads, committed with the events themselves.
CREATE TABLE event_log_position (
    log        text        PRIMARY KEY,
    position   bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Events this service could not apply for a domain reason, kept with why until a replay applies them.
CREATE TABLE dead_letter (
    event_id         uuid        PRIMARY KEY,
    type             text        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    payload          jsonb       NOT NULL,
    log_position     bigint,
    reason           text        NOT NULL,
    detail           text        NOT NULL,
    dead_lettered_at timestamptz NOT NULL DEFAULT now(),
    replay_attempts  integer     NOT NULL DEFAULT 0,
    last_replay_at   timestamptz
);

CREATE INDEX dead_letter_dead_lettered_at ON dead_letter (dead_lettered_at);
