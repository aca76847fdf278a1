-- A context change in the external environment (e.g. a sudden shock) puts an answered "stable environment"
-- condition "to reassess": the answer keeps its status and evidence; the mark clears when someone answers again.
ALTER TABLE checklist_answer ADD COLUMN reassess_since DATE;
ALTER TABLE checklist_answer ADD COLUMN reassess_reason VARCHAR(200);
-- The context-change event that set the mark: a redelivered event marks (and writes history) only once.
ALTER TABLE checklist_answer ADD COLUMN reassess_event_id BIGINT;
ALTER TABLE checklist_answer ADD CONSTRAINT checklist_answer_reassess_ck
    CHECK ((reassess_since IS NULL) = (reassess_reason IS NULL));
-- History says why a row was written without a new answer.
ALTER TABLE checklist_answer_change ADD COLUMN reassess_reason VARCHAR(200);

-- A condition to reassess does not count as met (as in MechanismFitRule), so the SQL counts agree with the fit.
CREATE OR REPLACE VIEW checklist_applicable_item AS
SELECT i.id AS initiative_id, i.mechanism, t.kind, ti.id AS template_item_id, ti.item_key, ti.group_key,
       ti.position, ti.text, a.status, a.reassess_since IS NOT NULL AS to_reassess
FROM initiative i
CROSS JOIN checklist_template t
JOIN checklist_template_item ti ON ti.template_id = t.id
LEFT JOIN checklist_answer a ON a.initiative_id = i.id AND a.kind = t.kind AND a.item_key = ti.item_key
WHERE t.current
  AND (t.kind <> 'MECHANISM_CONDITIONS' OR checklist_mechanism_level(ti.group_key) <= checklist_mechanism_level(i.mechanism))
  AND (t.kind <> 'STAGE_READINESS' OR checklist_stage_level(ti.group_key) <= checklist_stage_level(i.lifecycle_stage));
