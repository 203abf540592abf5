-- Online price experiments: a price grid for one SKU, the policy choosing among it period by period, and the
-- posterior it learns.
CREATE TABLE experiment (
    id                uuid             PRIMARY KEY,
    name              text             NOT NULL,
    sku               text             NOT NULL,
    currency          char(3)          NOT NULL,
    prices            jsonb            NOT NULL,
    policy            text             NOT NULL,
    demand            text             NOT NULL,
    inventory         double precision,
    horizon_periods   integer          NOT NULL,
    period_minutes    integer          NOT NULL,
    state             text             NOT NULL,
    posterior         jsonb            NOT NULL,
    seed              bigint           NOT NULL,
    created_by        text             NOT NULL,
    created_at        timestamptz      NOT NULL,
    started_at        timestamptz,
    ended_at          timestamptz,
    end_reason        text
);

CREATE UNIQUE INDEX experiment_running_sku ON experiment (sku) WHERE state = 'RUNNING';

-- One period of an experiment: the price offered, the probability the policy gave it (for off-policy evaluation),
-- and the demand observed while it was on.
CREATE TABLE experiment_period (
    experiment_id uuid             NOT NULL REFERENCES experiment (id),
    period        integer          NOT NULL,
    arm           integer          NOT NULL,
    price         numeric(19, 4)   NOT NULL,
    propensity    double precision NOT NULL,
    propensities  jsonb            NOT NULL,
    started_at    timestamptz      NOT NULL,
    ended_at      timestamptz,
    units         double precision NOT NULL DEFAULT 0,
    views         double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (experiment_id, period)
);
