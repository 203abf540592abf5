-- Only the latest trained models keep their bytes (the active one among them); older versions keep their reports,
-- so the history of retrains stays readable without the table growing by a model per retrain.
ALTER TABLE intent_model ALTER COLUMN model DROP NOT NULL;
