-- The idempotency record of the event intake: one row per event id this service has accepted.
CREATE TABLE processed_event (
    event_id    uuid        PRIMARY KEY,
    type        text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX processed_event_received_at ON processed_event (received_at);
