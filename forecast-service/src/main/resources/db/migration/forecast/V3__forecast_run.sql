-- Forecast runs and what each produced per series: the chosen model, its backtest and its forecast points.
CREATE TABLE forecast_run (
    id                uuid        PRIMARY KEY,
    job_id            uuid,
    state             text        NOT NULL,
    horizon           integer     NOT NULL,
    levels            text        NOT NULL,
    combine           integer     NOT NULL,
    origins           integer     NOT NULL,
    series_total      integer     NOT NULL DEFAULT 0,
    series_done       integer     NOT NULL DEFAULT 0,
    series_failed     integer     NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    error             text
);

CREATE INDEX forecast_run_finished ON forecast_run (finished_at DESC) WHERE state = 'SUCCEEDED';

CREATE TABLE series_forecast (
    run_id       uuid             NOT NULL REFERENCES forecast_run (id) ON DELETE CASCADE,
    series_id    text             NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    method       text             NOT NULL,
    model        text             NOT NULL,
    mase         double precision,
    smape        double precision,
    origins      integer          NOT NULL,
    horizon      integer          NOT NULL,
    intermittent boolean          NOT NULL,
    points       jsonb            NOT NULL,
    created_at   timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, series_id)
);

-- the latest forecast of a series
CREATE INDEX series_forecast_latest ON series_forecast (series_id, created_at DESC);
