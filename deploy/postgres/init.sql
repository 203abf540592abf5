-- The ShopMind database for docker-compose: one schema per service, owned by that service's role, which can use
-- nothing else, and the gateway's schema (the event log) owned by the gateway's role. The local suite does the same in code (io.shopmind.database.DatabaseProvisioner).
CREATE DATABASE shopmind;
\connect shopmind
REVOKE ALL ON DATABASE shopmind FROM PUBLIC;

CREATE ROLE shopmind_recommendation LOGIN PASSWORD 'shopmind';
CREATE ROLE shopmind_forecast LOGIN PASSWORD 'shopmind';
CREATE ROLE shopmind_inventory LOGIN PASSWORD 'shopmind';
CREATE ROLE shopmind_pricing LOGIN PASSWORD 'shopmind';
CREATE ROLE shopmind_support LOGIN PASSWORD 'shopmind';
CREATE ROLE shopmind_gateway LOGIN PASSWORD 'shopmind';

GRANT CONNECT, TEMPORARY ON DATABASE shopmind TO shopmind_recommendation, shopmind_forecast, shopmind_inventory,
    shopmind_pricing, shopmind_support, shopmind_gateway;

CREATE SCHEMA recommendation AUTHORIZATION shopmind_recommendation;
CREATE SCHEMA forecast AUTHORIZATION shopmind_forecast;
CREATE SCHEMA inventory AUTHORIZATION shopmind_inventory;
CREATE SCHEMA pricing AUTHORIZATION shopmind_pricing;
CREATE SCHEMA support AUTHORIZATION shopmind_support;
CREATE SCHEMA gateway AUTHORIZATION shopmind_gateway;

ALTER ROLE shopmind_recommendation SET search_path = recommendation;
ALTER ROLE shopmind_forecast SET search_path = forecast;
ALTER ROLE shopmind_inventory SET search_path = inventory;
ALTER ROLE shopmind_pricing SET search_path = pricing;
ALTER ROLE shopmind_support SET search_path = support;
ALTER ROLE shopmind_gateway SET search_path = gateway;
