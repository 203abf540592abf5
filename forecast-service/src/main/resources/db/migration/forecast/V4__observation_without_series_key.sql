-- Every path that writes observations (CSV import, JSON batch, order events) creates or updates the series first,
-- in the same transaction, and series are never deleted; so the key's per-row check, which cost a bulk import
-- about as much as the insert itself, protects nothing.
ALTER TABLE observation DROP CONSTRAINT observation_series_id_fkey;
