-- Plan line ids come from a sequence in blocks of 50, so a plan's thousands of lines are inserted in JDBC batches
-- rather than one round trip each; the sequence starts past every id given so far.
ALTER TABLE plan_line ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE plan_line_ids INCREMENT BY 50 OWNED BY plan_line.id;
SELECT setval('plan_line_ids', COALESCE((SELECT max(id) FROM plan_line), 0) + 51, false);
ALTER TABLE plan_line ALTER COLUMN id SET DEFAULT nextval('plan_line_ids');
