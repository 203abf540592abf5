-- The last copy of what other services answered (sales history, stock on hand), used and labelled as such when they
-- cannot answer.
CREATE TABLE upstream_copy (
    kind       text        NOT NULL,
    key        text        NOT NULL,
    body       jsonb       NOT NULL,
    fetched_at timestamptz NOT NULL,
    PRIMARY KEY (kind, key)
);

-- Competitor prices from CompetitorPriceObserved events and imports. Observations that cannot be used (no price, a
-- currency other than the SKU's) or that lie far from the market are kept with a flag, never dropped.
CREATE TABLE competitor_price (
    id          bigserial      PRIMARY KEY,
    sku         text           NOT NULL,
    competitor  text           NOT NULL,
    price       numeric(19, 4),
    currency    char(3),
    in_stock    boolean,
    observed_at timestamptz    NOT NULL,
    source      text           NOT NULL,
    event_id    uuid,
    flag        text,
    flag_reason text,
    received_at timestamptz    NOT NULL DEFAULT now()
);

CREATE INDEX competitor_price_sku ON competitor_price (sku, observed_at DESC);

-- Elasticity estimates of the latest run per SKU, with where each comes from.
CREATE TABLE elasticity_estimate (
    sku               text             PRIMARY KEY,
    run_id            uuid             NOT NULL,
    category          text,
    elasticity        double precision,
    lower_bound       double precision,
    upper_bound       double precision,
    source            text             NOT NULL,
    method            text,
    observations      integer          NOT NULL,
    own_elasticity    double precision,
    own_std_error     double precision,
    shrinkage         double precision,
    cross_elasticity  double precision,
    note              text,
    estimated_at      timestamptz      NOT NULL
);

-- Pricing runs: the job that proposes prices, what it was asked and what it found.
CREATE TABLE pricing_run (
    id          uuid        PRIMARY KEY,
    job_id      uuid,
    request     jsonb       NOT NULL,
    state       text        NOT NULL,
    skus        integer     NOT NULL DEFAULT 0,
    proposals   integer     NOT NULL DEFAULT 0,
    skipped     jsonb,
    sources     jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    error       text
);

-- A proposed price with its reasons, and the ops decision on it.
CREATE TABLE proposal (
    id             bigserial      PRIMARY KEY,
    run_id         uuid           NOT NULL REFERENCES pricing_run (id),
    sku            text           NOT NULL,
    currency       char(3)        NOT NULL,
    current_price  numeric(19, 4) NOT NULL,
    proposed_price numeric(19, 4) NOT NULL,
    status         text           NOT NULL,
    reason         jsonb          NOT NULL,
    created_at     timestamptz    NOT NULL DEFAULT now(),
    decided_by     text,
    decided_at     timestamptz,
    decision_note  text
);

CREATE INDEX proposal_run ON proposal (run_id, id);
CREATE INDEX proposal_pending ON proposal (sku) WHERE status = 'PENDING';
