-- The durable event log: every event the gateway acknowledged, in the order it was made durable.
CREATE TABLE event_log (
    position    bigint      PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    type        text        NOT NULL,
    key         text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    payload     jsonb       NOT NULL,
    appended_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX event_log_appended_at ON event_log (appended_at);

-- The log's head: the last position handed out. Its row lock serialises appends (see PostgresEventLog).
CREATE TABLE event_log_head (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    position bigint  NOT NULL
);
INSERT INTO event_log_head (position) VALUES (0);

-- Each consumer's committed position, as it last read the feed.
CREATE TABLE event_log_consumer (
    consumer text        PRIMARY KEY,
    position bigint      NOT NULL,
    seen_at  timestamptz NOT NULL DEFAULT now()
);
