-- The last forecast forecast-service gave for each SKU, used when it cannot answer.
CREATE TABLE stored_forecast (
    sku        text PRIMARY KEY,
    model      text,
    forecast   text        NOT NULL,
    created_at timestamptz,
    fetched_at timestamptz NOT NULL
);
