-- Sales history: one row per series (a SKU, or SKU x location) and one per series and period.
CREATE TABLE series (
    id              text        PRIMARY KEY,
    frequency       text        NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
    seasonal_period integer     NOT NULL CHECK (seasonal_period >= 1),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE observation (
    series_id text             NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    ds        date             NOT NULL,
    y         double precision NOT NULL CHECK (y >= 0),
    price     numeric(19, 4),
    promo     boolean,
    PRIMARY KEY (series_id, ds)
);
