-- Replenishment plans and their lines, each line with the inputs that explain it.
CREATE TABLE plan (
    id              uuid PRIMARY KEY,
    status          text        NOT NULL,
    warehouse       text        NOT NULL,
    horizon_weeks   integer     NOT NULL,
    currency        text,
    budget_per_week numeric(19, 4),
    volume_capacity double precision,
    method          text        NOT NULL,
    cost            double precision,
    lower_bound     double precision,
    gap             double precision,
    quality         text,
    iterations      integer,
    solve_millis    bigint,
    error           text,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    approved_at     timestamptz
);
CREATE INDEX plan_warehouse_created ON plan (warehouse, created_at DESC);

CREATE TABLE plan_line (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id               uuid             NOT NULL REFERENCES plan (id),
    sku                   text             NOT NULL,
    supplier              text             NOT NULL,
    week                  integer          NOT NULL,
    order_date            date             NOT NULL,
    expected_receipt      date             NOT NULL,
    quantity              bigint           NOT NULL,
    approved_quantity     bigint,
    currency              text             NOT NULL,
    unit_cost             numeric(19, 4)   NOT NULL,
    forecast_source       text             NOT NULL,
    forecast_model        text,
    forecast_note         text,
    lead_time_mean_days   double precision NOT NULL,
    lead_time_sd_days     double precision NOT NULL,
    service_level         double precision,
    demand_per_day        double precision,
    lead_time_demand_mean double precision,
    lead_time_demand_sd   double precision,
    safety_stock          double precision,
    reorder_point         double precision,
    order_quantity        bigint,
    order_up_to           double precision,
    on_hand               bigint           NOT NULL,
    on_order              bigint           NOT NULL,
    backordered           bigint           NOT NULL,
    reason                text             NOT NULL
);
CREATE INDEX plan_line_plan ON plan_line (plan_id, sku, week);

CREATE TABLE purchase_order (
    id                      uuid PRIMARY KEY,
    plan_id                 uuid REFERENCES plan (id),
    supplier                text        NOT NULL,
    warehouse               text        NOT NULL,
    currency                text        NOT NULL,
    status                  text        NOT NULL,
    order_date              date        NOT NULL,
    expected_at             date        NOT NULL,
    below_supplier_minimum  boolean     NOT NULL,
    created_at              timestamptz NOT NULL
);
CREATE INDEX purchase_order_status ON purchase_order (status, created_at DESC);

CREATE TABLE purchase_order_line (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_order_id uuid           NOT NULL REFERENCES purchase_order (id),
    sku               text           NOT NULL,
    quantity_ordered  bigint         NOT NULL CHECK (quantity_ordered > 0),
    quantity_received bigint         NOT NULL CHECK (quantity_received >= 0),
    unit_cost         numeric(19, 4) NOT NULL
);
CREATE INDEX purchase_order_line_order ON purchase_order_line (purchase_order_id);
