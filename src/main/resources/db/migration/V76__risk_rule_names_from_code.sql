-- Risk rules are beans found by type, each identified by its own key (RiskRule#key): the database no longer lists
-- every rule name, so adding a rule needs no migration. The column stays a short key (at most 40 characters).
ALTER TABLE risk_flag DROP CONSTRAINT risk_flag_rule_check;
ALTER TABLE risk_flag ADD CONSTRAINT risk_flag_rule_key_check CHECK (rule ~ '^[A-Z][A-Z0-9_]*$');
