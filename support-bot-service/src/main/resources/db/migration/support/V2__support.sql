-- What the bot knows: intents by their examples, FAQ articles, and the trained intent models.
CREATE TABLE intent_example (
    id         bigserial   PRIMARY KEY,
    intent     text        NOT NULL,
    language   text        NOT NULL,
    text       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (intent, text)
);

CREATE INDEX intent_example_intent ON intent_example (intent);

CREATE TABLE faq_article (
    id         text        PRIMARY KEY,
    language   text        NOT NULL,
    intent     text,
    title      text        NOT NULL,
    questions  text[]      NOT NULL,
    answer     text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Each training gives a version; one is active and serves. The report holds the validation scores per intent.
CREATE TABLE intent_model (
    version     serial      PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now(),
    examples    integer     NOT NULL,
    features    text        NOT NULL,
    report      jsonb       NOT NULL,
    model       bytea       NOT NULL,
    active      boolean     NOT NULL DEFAULT false
);

CREATE UNIQUE INDEX intent_model_one_active ON intent_model (active) WHERE active;

-- Read models built from the storefront's events.
CREATE TABLE catalog_item (
    sku        text        PRIMARY KEY,
    name       text        NOT NULL,
    category   text,
    brand      text,
    active     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE shop_order (
    order_id    text        PRIMARY KEY,
    customer_id text,
    status      text        NOT NULL,
    placed_at   timestamptz,
    status_at   timestamptz NOT NULL,
    lines       jsonb       NOT NULL DEFAULT '[]'
);

CREATE INDEX shop_order_customer ON shop_order (customer_id);

-- Conversations: the shopper's and the bot's messages, intents with confidences, slots, and handoffs to people.
CREATE TABLE conversation (
    id             uuid        PRIMARY KEY,
    customer_id    text,
    language       text        NOT NULL,
    status         text        NOT NULL,
    form_intent    text,
    pending_intent text,
    fallback_stage integer     NOT NULL DEFAULT 0,
    slots          jsonb       NOT NULL DEFAULT '{}',
    handoff_reason text,
    handoff_at     timestamptz,
    agent          text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX conversation_handoff ON conversation (status, handoff_at) WHERE handoff_at IS NOT NULL;

CREATE TABLE conversation_message (
    id              bigserial   PRIMARY KEY,
    conversation_id uuid        NOT NULL REFERENCES conversation (id),
    sender          text        NOT NULL,
    text            text        NOT NULL,
    intent          text,
    confidence      double precision,
    entities        jsonb,
    source          text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX conversation_message_conversation ON conversation_message (conversation_id, id);

-- Other names a product goes by (another language, a nickname), edited by the shop.
CREATE TABLE product_alias (
    sku   text NOT NULL,
    alias text NOT NULL,
    PRIMARY KEY (sku, alias)
);
