-- The price book: one row per SKU with its prices, cost and the merchant's limits. Changed only through the API
-- (audited in price_change) or by an approved proposal.
CREATE TABLE price_book (
    sku             text           PRIMARY KEY,
    currency        char(3)        NOT NULL,
    list_price      numeric(19, 4) NOT NULL CHECK (list_price >= 0),
    price           numeric(19, 4) NOT NULL CHECK (price >= 0),
    unit_cost       numeric(19, 4) CHECK (unit_cost >= 0),
    map_price       numeric(19, 4) CHECK (map_price >= 0),
    floor_price     numeric(19, 4) CHECK (floor_price >= 0),
    ceiling_price   numeric(19, 4) CHECK (ceiling_price >= 0),
    min_margin      double precision CHECK (min_margin >= 0 AND min_margin < 1),
    price_ending    text           NOT NULL,
    category        text,
    effective_since timestamptz    NOT NULL,
    updated_at      timestamptz    NOT NULL
);

-- the storefront cache reloads what changed since it last looked
CREATE INDEX price_book_updated_at ON price_book (updated_at);

-- Who changed what in the price book, when and why: the whole entry before and after.
CREATE TABLE price_change (
    id         bigserial      PRIMARY KEY,
    sku        text           NOT NULL,
    actor      text           NOT NULL,
    changed_at timestamptz    NOT NULL,
    reason     text           NOT NULL,
    currency   char(3)        NOT NULL,
    old_price  numeric(19, 4),
    new_price  numeric(19, 4) NOT NULL,
    old_entry  jsonb,
    new_entry  jsonb          NOT NULL
);

CREATE INDEX price_change_sku ON price_change (sku, changed_at);

-- Events to publish, written in the same transaction as the change they announce (transactional outbox); a
-- background publisher sends them to the gateway and marks them sent once accepted.
CREATE TABLE outbox_event (
    id              bigserial   PRIMARY KEY,
    event_id        uuid        NOT NULL UNIQUE,
    type            text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    payload         jsonb       NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz
);

CREATE INDEX outbox_event_unsent ON outbox_event (next_attempt_at, id) WHERE sent_at IS NULL;
