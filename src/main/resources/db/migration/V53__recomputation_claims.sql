-- Workers claim marks for a while (claimed_until) in a short transaction of their own, instead of holding the marks'
-- row locks for the whole chunk: a change that marks an initiative being recomputed no longer waits for the chunk
-- (docs/architecture.md, "Background work"). version counts the marks that coalesced into the row; the worker
-- deletes a mark only if no new mark arrived while it computed, so a change made meanwhile is computed again.
ALTER TABLE risk_recomputation_mark ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE risk_recomputation_mark ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
