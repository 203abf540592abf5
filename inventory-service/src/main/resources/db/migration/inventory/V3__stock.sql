-- Stock per SKU and warehouse. Positions exist for any SKU stock has been counted for, with or without parameters.
CREATE TABLE stock_position (
    sku         text        NOT NULL,
    warehouse   text        NOT NULL,
    on_hand     bigint      NOT NULL CHECK (on_hand >= 0),
    on_order    bigint      NOT NULL CHECK (on_order >= 0),
    reserved    bigint      NOT NULL CHECK (reserved >= 0),
    backordered bigint      NOT NULL CHECK (backordered >= 0),
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (sku, warehouse)
);

-- Every change to on hand or reserved, from an event or the API, with the level it left.
CREATE TABLE stock_movement (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku             text        NOT NULL,
    warehouse       text        NOT NULL,
    kind            text        NOT NULL,
    quantity        bigint      NOT NULL,
    on_hand_after   bigint      NOT NULL,
    reserved_after  bigint      NOT NULL,
    reference       text,
    event_id        uuid,
    idempotency_key text,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX stock_movement_position ON stock_movement (sku, warehouse, id);
CREATE INDEX stock_movement_idempotency_key ON stock_movement (idempotency_key) WHERE idempotency_key IS NOT NULL;

-- API movement requests already applied: a repeat with the same key answers the same movements.
CREATE TABLE movement_request (
    idempotency_key text PRIMARY KEY,
    request_hash    text        NOT NULL,
    recorded_at     timestamptz NOT NULL
);

-- Demand the stock could not serve: orders for SKUs inventory does not know, or beyond what was on hand.
CREATE TABLE shortfall (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         text        NOT NULL,
    warehouse   text        NOT NULL,
    quantity    bigint      NOT NULL CHECK (quantity > 0),
    reason      text        NOT NULL,
    reference   text,
    event_id    uuid,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX shortfall_sku ON shortfall (sku, warehouse);
