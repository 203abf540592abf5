-- The lead-time demand distribution forecast-service gave with a SKU's last forecast (JSON, for the lead time it
-- was asked for), and on each plan line where the line's lead-time demand came from.
ALTER TABLE stored_forecast ADD COLUMN lead_time_demand text;
ALTER TABLE plan_line ADD COLUMN lead_time_demand_basis text;
