-- Event intake writes every interaction through these indexes, so keep only the ones reads need.
-- The natural key on plain columns (NULLS NOT DISTINCT: an anonymous view has no customer) replaces the expression
-- index, and, led by customer and time, also serves a shopper's newest-first history, so the customer index goes.
-- A visit's history is looked up for anonymous visitors; a signed-in shopper's rows are found by customer, so the
-- session index keeps anonymous rows only. The surrogate id was never read. Interactions arrive roughly in time
-- order, so a BRIN index serves trending's time window at almost no cost per insert.
CREATE UNIQUE INDEX interaction_natural_key_plain
    ON interaction (customer_id, occurred_at, session_id, sku, kind) NULLS NOT DISTINCT;
DROP INDEX interaction_natural_key;
ALTER INDEX interaction_natural_key_plain RENAME TO interaction_natural_key;
DROP INDEX interaction_customer;
DROP INDEX interaction_session;
CREATE INDEX interaction_session ON interaction (session_id, occurred_at DESC)
    WHERE session_id IS NOT NULL AND customer_id IS NULL;
DROP INDEX interaction_occurred_at;
CREATE INDEX interaction_occurred_at ON interaction USING brin (occurred_at);
ALTER TABLE interaction DROP COLUMN id;
