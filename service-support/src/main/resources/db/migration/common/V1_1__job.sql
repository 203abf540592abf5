-- Long-running work (imports, training, forecast runs, planning) as jobs a client can follow.
CREATE TABLE job (
    id          uuid        PRIMARY KEY,
    kind        text        NOT NULL,
    state       text        NOT NULL,
    done        bigint      NOT NULL DEFAULT 0,
    total       bigint      NOT NULL DEFAULT 0,
    message     text,
    eta_seconds bigint,
    result      text,
    error       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    started_at  timestamptz,
    finished_at timestamptz
);

CREATE INDEX job_created_at ON job (created_at DESC);
