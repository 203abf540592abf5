-- Replenishment parameters of each SKU. Money in the SKU's currency, as exact decimals.
CREATE TABLE sku (
    sku                      text PRIMARY KEY,
    currency                 text           NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    unit_cost                numeric(19, 4) NOT NULL CHECK (unit_cost >= 0),
    ordering_cost            numeric(19, 4) NOT NULL CHECK (ordering_cost >= 0),
    holding_cost_rate        double precision NOT NULL CHECK (holding_cost_rate >= 0),
    stockout_cost            numeric(19, 4) CHECK (stockout_cost >= 0),
    service_level            double precision CHECK (service_level > 0 AND service_level < 1),
    lead_time_mean_days      double precision NOT NULL CHECK (lead_time_mean_days >= 0),
    lead_time_sd_days        double precision NOT NULL CHECK (lead_time_sd_days >= 0),
    moq                      integer        NOT NULL CHECK (moq >= 0),
    case_pack                integer        NOT NULL CHECK (case_pack >= 1),
    unit_volume              double precision NOT NULL CHECK (unit_volume >= 0),
    supplier                 text           NOT NULL,
    supplier_min_order_value numeric(19, 4) NOT NULL CHECK (supplier_min_order_value >= 0),
    updated_at               timestamptz    NOT NULL,
    CHECK (stockout_cost IS NOT NULL OR service_level IS NOT NULL)
);

CREATE INDEX sku_supplier ON sku (supplier);
