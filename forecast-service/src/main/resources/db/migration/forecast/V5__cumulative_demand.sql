-- Each forecast's distribution of cumulative demand over the next 1..horizon periods (quantiles at fixed
-- probabilities), from the chosen model's own error process: lead-time demand is read from it.
ALTER TABLE series_forecast ADD COLUMN cumulative_demand jsonb;
