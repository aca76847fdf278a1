-- Generates a synthetic portfolio for load tests and benchmarks (docs/benchmarks.md).
-- Usage against a database Flyway has migrated and that has business units and project leads (e.g. the demo data):
--   psql "$DATABASE_URL" -f db/generate-portfolio.sql -c "SELECT cyclewise_generate_portfolio(2000)"
-- then open the portal as admin and save the risk thresholds once (or wait for the nightly run) to compute flags.
-- Every generated initiative is named 'Generated initiative <n>'; remove them with
--   DELETE FROM initiative WHERE name LIKE 'Generated initiative %';

CREATE OR REPLACE FUNCTION cyclewise_generate_portfolio(how_many INT) RETURNS INT AS $$
DECLARE
    units     BIGINT[] := ARRAY(SELECT id FROM business_unit ORDER BY id);
    leads     BIGINT[] := ARRAY(SELECT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                                WHERE r.role = 'PROJECT_LEAD' ORDER BY u.id);
    phases    TEXT[] := ARRAY['REINITIATING', 'EFFECTUATING', 'SUSTAINING'];
    stages    TEXT[] := ARRAY['REQUIREMENTS_ANALYSIS', 'DATA_MANAGEMENT', 'BENCHMARKING_METRICS',
                              'USER_ACCEPTANCE_TESTING', 'PRIVACY_POLICY', 'IN_OPERATION'];
    mechanisms TEXT[] := ARRAY['KNOWLEDGE_CREATION', 'HIGH_DISCRETION_TASK_AUGMENTATION',
                               'LOW_DISCRETION_TASK_AUGMENTATION', 'PROCESS_AUTOMATION', 'INTELLIGENT_PRODUCTS_AND_SERVICES'];
    org_states  TEXT[] := ARRAY['FORMING', 'STAFFED', 'ROUTINIZING', 'ESTABLISHED', 'RESTRUCTURING'];
    tech_states TEXT[] := ARRAY['EXPLORING', 'PROTOTYPING', 'VALIDATING', 'DEPLOYED', 'RETRAINING'];
    user_states TEXT[] := ARRAY['IDENTIFIED', 'ENGAGED', 'PILOTING', 'ADOPTING', 'ROUTINIZED'];
    paces     INT[] := ARRAY[7, 14, 30, 90, 180, 365];
    first_number INT := (SELECT count(*) FROM initiative WHERE name LIKE 'Generated initiative %') + 1;
BEGIN
    IF array_length(units, 1) IS NULL OR array_length(leads, 1) IS NULL THEN
        RAISE EXCEPTION 'Needs at least one business unit and one project lead';
    END IF;

    INSERT INTO initiative (name, purpose, business_unit_id, lead_id, alignment_phase, lifecycle_stage, mechanism,
                            organization_state, organization_since, organization_pace_days,
                            technology_state, technology_since, technology_pace_days,
                            user_state, user_since, user_pace_days, created_at, created_by, updated_at, updated_by)
    SELECT 'Generated initiative ' || g, 'Synthetic initiative for load tests.',
           units[1 + g % array_length(units, 1)], leads[1 + g % array_length(leads, 1)],
           phases[1 + g % 3], stages[1 + (g / 3) % 6], mechanisms[1 + (g / 7) % 5],
           org_states[1 + (g / 2) % 5], current_date - (g % 400), paces[4 + g % 3],
           tech_states[1 + (g / 5) % 5], current_date - (g % 120), paces[1 + g % 3],
           user_states[1 + (g / 11) % 5], current_date - (g % 300), paces[3 + g % 4],
           now(), 'generator', now(), 'generator'
    FROM generate_series(first_number, first_number + how_many - 1) AS g;

    INSERT INTO initiative_user_context (initiative_id, position, user_context)
    SELECT i.id, c.position, 'Region ' || chr(65 + ((i.id + c.position) % 6)::INT)
    FROM initiative i CROSS JOIN generate_series(0, 1) AS c(position)
    WHERE i.created_by = 'generator' AND NOT EXISTS (SELECT 1 FROM initiative_user_context u WHERE u.initiative_id = i.id);

    INSERT INTO initiative_change (initiative_id, changed_at, changed_by, aspect, to_value, reason)
    SELECT i.id, i.created_at, 'generator', 'REGISTERED', i.name, 'Generated for a load test.'
    FROM initiative i
    WHERE i.created_by = 'generator' AND NOT EXISTS (SELECT 1 FROM initiative_change c WHERE c.initiative_id = i.id);

    INSERT INTO expectation (initiative_id, stakeholder, metric, target_value, higher_is_better, due_date, created_at, created_by)
    SELECT i.id, s.stakeholder, 'Accuracy', s.target, TRUE, current_date + s.days + (i.id % 90)::INT, now(), 'generator'
    FROM initiative i
    CROSS JOIN (VALUES ('Business sponsor', 0.90, 30), ('End users', 0.80, 150)) AS s(stakeholder, target, days)
    WHERE i.created_by = 'generator' AND NOT EXISTS (SELECT 1 FROM expectation e WHERE e.initiative_id = i.id);

    RETURN how_many;
END;
$$ LANGUAGE plpgsql;
