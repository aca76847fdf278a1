-- A new risk rule: necessary conditions not yet assessed once an initiative is past requirements analysis.
-- The rule column lists every rule name (V30); extend the list.
ALTER TABLE risk_flag DROP CONSTRAINT risk_flag_rule_check;
ALTER TABLE risk_flag ADD CONSTRAINT risk_flag_rule_check CHECK (rule IN ('UNREALISTIC_EXPECTATION',
    'DIVERGENT_EXPECTATIONS', 'NON_TECHNICAL_WORK_OVERLOOKED', 'PACE_MISMATCH', 'TECHNOLOGY_CYCLE_OVER_FOCUS',
    'TASK_CONTEXT_DRIFT', 'INCONSISTENT_PERFORMANCE', 'ORGANIZATIONAL_CONTEXT_CHANGE', 'EXTERNAL_ENVIRONMENT_CHANGE',
    'MECHANISM_CONDITION_MISMATCH', 'CONDITIONS_NOT_ASSESSED'));
