-- Jobs as a queue any replica can work: the kind and JSON parameters find the work, a lease renewed by a
-- heartbeat tells a live worker from a crashed one, attempts are bounded, and a client may cancel.
ALTER TABLE job
    ADD COLUMN parameters       jsonb       NOT NULL DEFAULT '{}',
    ADD COLUMN attempts         integer     NOT NULL DEFAULT 0,
    ADD COLUMN max_attempts     integer     NOT NULL DEFAULT 3,
    ADD COLUMN lease_owner      text,
    ADD COLUMN lease_until      timestamptz,
    ADD COLUMN cancel_requested boolean     NOT NULL DEFAULT false,
    -- an upload's import can only run where its file is: on the instance (host) that received it
    ADD COLUMN runs_on          text,
    -- why a job failed on the client's input, as a problem's fields and errors (an import's bad line, say)
    ADD COLUMN problem          jsonb,
    -- what a finished job has to tell beyond its result link (an import's counts, say)
    ADD COLUMN summary          jsonb;

-- jobs of the old in-memory runner that were never started or never finished cannot be resumed
UPDATE job SET state = 'FAILED', error = 'The service restarted before the job finished; submit it again.',
               finished_at = now()
WHERE state IN ('QUEUED', 'RUNNING');

CREATE INDEX job_queued ON job (created_at) WHERE state = 'QUEUED';
CREATE INDEX job_leased ON job (lease_until) WHERE state = 'RUNNING';
