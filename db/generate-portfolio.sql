-- Generates a synthetic portfolio for load tests and benchmarks (docs/benchmarks.md): initiatives with their
-- user contexts, history and expectations, and their signals: checklist answers (with answer history),
-- performance observations, data checks, context-change events linked by the app's scope rule (some
-- acknowledged), and six months of raised-and-cleared risk flags. Set-based SQL throughout.
--
-- Needs a database Flyway has migrated, with at least one project lead (e.g. the demo data). Load the script and
-- call the function; goal scale (10,000 initiatives, 1,000,000 observations; 25-70 s on 2 cores):
--   psql "$DATABASE_URL" -f db/generate-portfolio.sql -c "SELECT cyclewise_generate_portfolio(10000, observation_count => 1000000)"
-- a small portfolio (what PortfolioGeneratorTest runs):
--   psql "$DATABASE_URL" -f db/generate-portfolio.sql -c "SELECT cyclewise_generate_portfolio(300, observation_count => 6000, event_count => 24)"
--
--   cyclewise_generate_portfolio(how_many INT, observation_count INT DEFAULT NULL, event_count INT DEFAULT NULL)
--     how_many          initiatives to add ('Generated initiative <n>'); returns it
--     observation_count performance observations to add, spread over the new initiatives' user contexts
--                       (default: 100 per new initiative)
--     event_count       context-change events to add (default: one per 100 new initiatives, at least 24 =
--                       every kind × scope)
--
-- Business units are topped up to 50 ('Generated unit 01', ...); the new initiatives serve 1-3 of 200 user
-- contexts. Open risk flags are not generated: the risk engine computes them once the initiatives are marked
-- (db/README.md, "Background work"), or at the nightly run. Re-runnable: every call adds to what is there.
-- Everything generated is recorded by 'generator'; remove it with
--   DELETE FROM context_event WHERE recorded_by = 'generator';
--   DELETE FROM initiative WHERE name LIKE 'Generated initiative %';
--   DELETE FROM business_unit b WHERE name LIKE 'Generated unit %' AND NOT EXISTS (SELECT 1 FROM initiative i WHERE i.business_unit_id = b.id);

DROP FUNCTION IF EXISTS cyclewise_generate_portfolio(INT);
DROP FUNCTION IF EXISTS cyclewise_generate_portfolio(INT, INT, INT);

CREATE FUNCTION cyclewise_generate_portfolio(how_many INT, observation_count INT DEFAULT NULL, event_count INT DEFAULT NULL)
RETURNS INT AS $$
DECLARE
    unit_target    CONSTANT INT := 50;
    context_target CONSTANT INT := 200;
    leads     BIGINT[] := ARRAY(SELECT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                                WHERE r.role = 'PROJECT_LEAD' ORDER BY u.id);
    units     BIGINT[];
    phases    TEXT[] := ARRAY['REINITIATING', 'EFFECTUATING', 'SUSTAINING'];
    stages    TEXT[] := ARRAY['REQUIREMENTS_ANALYSIS', 'DATA_MANAGEMENT', 'BENCHMARKING_METRICS',
                              'USER_ACCEPTANCE_TESTING', 'PRIVACY_POLICY', 'IN_OPERATION'];
    mechanisms TEXT[] := ARRAY['KNOWLEDGE_CREATION', 'HIGH_DISCRETION_TASK_AUGMENTATION',
                               'LOW_DISCRETION_TASK_AUGMENTATION', 'PROCESS_AUTOMATION', 'INTELLIGENT_PRODUCTS_AND_SERVICES'];
    org_states  TEXT[] := ARRAY['FORMING', 'STAFFED', 'ROUTINIZING', 'ESTABLISHED', 'RESTRUCTURING'];
    tech_states TEXT[] := ARRAY['EXPLORING', 'PROTOTYPING', 'VALIDATING', 'DEPLOYED', 'RETRAINING'];
    user_states TEXT[] := ARRAY['IDENTIFIED', 'ENGAGED', 'PILOTING', 'ADOPTING', 'ROUTINIZED'];
    paces     INT[] := ARRAY[7, 14, 30, 90, 180, 365];
    -- 200 user contexts: 5 kinds of site in 40 cities (none of them a demo context).
    site_kinds TEXT[] := ARRAY['Plant', 'Warehouse', 'Branch', 'Store', 'Contact centre'];
    cities     TEXT[] := ARRAY['Aarhus', 'Antwerp', 'Athens', 'Barcelona', 'Bergen', 'Bologna', 'Bordeaux', 'Bratislava',
                               'Brno', 'Bruges', 'Bucharest', 'Budapest', 'Cork', 'Dresden', 'Dublin', 'Edinburgh',
                               'Eindhoven', 'Florence', 'Gdansk', 'Geneva', 'Ghent', 'Gothenburg', 'Graz', 'Hamburg',
                               'Helsinki', 'Krakow', 'Leeds', 'Leipzig', 'Lille', 'Ljubljana', 'Lisbon', 'Malmo',
                               'Marseille', 'Munich', 'Nantes', 'Oslo', 'Riga', 'Rotterdam', 'Seville', 'Tallinn'];
    contexts  TEXT[];
    -- Context-change kinds in seed 000's order, with their type and a plausible title and description.
    event_kinds  TEXT[] := ARRAY['DATA_MISMATCH', 'USER_CONTEXT_PERFORMANCE_GAP', 'OTHER_TASK_CHANGE', 'RESTRUCTURING',
                                 'PERSONNEL_CHANGE', 'DISTANT_TECHNOLOGY_CHANGE', 'SUDDEN_SHOCK', 'GRADUAL_CHANGE'];
    event_types  TEXT[] := ARRAY['TASK_CONTEXT', 'TASK_CONTEXT', 'TASK_CONTEXT', 'ORGANIZATIONAL_CONTEXT',
                                 'ORGANIZATIONAL_CONTEXT', 'ORGANIZATIONAL_CONTEXT', 'EXTERNAL_ENVIRONMENT', 'EXTERNAL_ENVIRONMENT'];
    event_titles TEXT[] := ARRAY['Sensor firmware update changed the input data',
                                 'Accuracy lags at newly onboarded sites',
                                 'Case categories were redefined',
                                 'Analytics teams merged into one unit',
                                 'Product owner left the company',
                                 'ERP migration changed the order data feed',
                                 'Supply disruption after a port closure',
                                 'New consumer-protection guidance on automated decisions'];
    event_texts  TEXT[] := ARRAY['A firmware update changed the units and sampling of several sensors; operational data no longer matches the training data.',
                                 'Sites onboarded this quarter show clearly lower accuracy than the sites the model was trained on.',
                                 'The business redefined the case categories the model predicts; some old labels were split, others merged.',
                                 'Two analytics teams were merged; reporting lines, priorities and the review rhythm change.',
                                 'The product owner left; nobody currently buffers requests or keeps the sponsors informed.',
                                 'Another unit migrated its ERP system; the order feed changed its fields and the timing of updates.',
                                 'A port closure changed order and delivery patterns overnight; recent history no longer describes the weeks ahead.',
                                 'Regulators published guidance on explaining automated decisions to consumers; it takes effect gradually.'];
    responses    TEXT[] := ARRAY['Checked with the users: no impact on the model.',
                                 'Retrained on data after the change; accuracy is back on target.',
                                 'Monitoring the affected contexts weekly until the change has settled.',
                                 'New data owner named; the pipeline was adjusted.',
                                 'Impact assessed with the business sponsor; no action needed.',
                                 'Features depending on the changed data were replaced.'];
    checkers     TEXT[] := ARRAY['Sam Scientist', 'Noor Haddad', 'Jonas Berg', 'Lea Moreau', 'Tomasz Nowak'];
    methods      TEXT[] := ARRAY['Population stability index on the input features',
                                 'Kolmogorov–Smirnov test on the numeric features',
                                 'Label distribution compared with the training set',
                                 'Chi-square test on the categorical features',
                                 'Embedding drift on a weekly sample'];
    na_reasons   TEXT[] := ARRAY['The model uses no personal data.',
                                 'A single small team does all of the work; no separate role is needed.',
                                 'Covered by the central platform team, not by this initiative.'];
    first_number       INT;
    initiatives_before BIGINT := (SELECT coalesce(max(id), 0) FROM initiative);
    events_before      BIGINT := (SELECT coalesce(max(id), 0) FROM context_event);
    impacts_before     BIGINT := (SELECT coalesce(max(id), 0) FROM context_event_impact);
    events_generated   INT := (SELECT count(*) FROM context_event WHERE recorded_by = 'generator');
    obs_total   BIGINT := coalesce(observation_count, 100::BIGINT * how_many);
    event_total INT := coalesce(event_count, greatest(24, (how_many + 99) / 100));
    pair_count  BIGINT;
    added       BIGINT;
    summary     TEXT := '';
BEGIN
    IF how_many IS NULL OR how_many < 0 OR obs_total < 0 OR event_total < 0 THEN
        RAISE EXCEPTION 'how_many, observation_count and event_count are zero or more';
    END IF;
    IF array_length(leads, 1) IS NULL THEN
        RAISE EXCEPTION 'Needs at least one project lead (e.g. the demo data)';
    END IF;

    -- Business units: top up to 50.
    INSERT INTO business_unit (name, description)
    SELECT 'Generated unit ' || lpad(n::TEXT, 2, '0'), 'Synthetic business unit for load tests.'
    FROM generate_series(1, unit_target - (SELECT count(*) FROM business_unit WHERE name NOT LIKE 'Generated unit %')) AS n
    ON CONFLICT DO NOTHING;
    units := ARRAY(SELECT id FROM business_unit ORDER BY id);
    contexts := ARRAY(SELECT site_kinds[1 + c % 5] || ' ' || cities[1 + c / 5] FROM generate_series(0, context_target - 1) AS c ORDER BY c);

    -- Initiatives, registered 30 to 730 days ago.
    first_number := coalesce((SELECT max(substring(name FROM '^Generated initiative (\d+)$')::INT) FROM initiative
                              WHERE name LIKE 'Generated initiative %'), 0) + 1;
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
           c.created, 'generator', c.created, 'generator'
    FROM generate_series(first_number, first_number + how_many - 1) AS g
    CROSS JOIN LATERAL (SELECT now() - make_interval(days => 30 + (g * 37) % 700, hours => g % 24) AS created) AS c;
    summary := summary || format('%s initiatives', how_many);

    -- 1-3 user contexts each; the first 200 new initiatives alone use all 200 contexts.
    INSERT INTO initiative_user_context (initiative_id, position, user_context)
    SELECT n.id, p.position, contexts[1 + (n.r + (n.r / context_target) * 7 + p.position * 67) % context_target]
    FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r FROM initiative WHERE id > initiatives_before) AS n
    CROSS JOIN LATERAL generate_series(0, (hashint8(n.id) & 2147483647) % 3) AS p(position);
    GET DIAGNOSTICS added = ROW_COUNT;
    summary := summary || format(', %s user contexts', added);

    INSERT INTO initiative_change (initiative_id, changed_at, changed_by, aspect, to_value, reason)
    SELECT i.id, i.created_at, 'generator', 'REGISTERED', i.name, 'Generated for a load test.'
    FROM initiative i WHERE i.id > initiatives_before;

    INSERT INTO expectation (initiative_id, stakeholder, metric, target_value, higher_is_better, due_date, created_at, created_by)
    SELECT i.id, s.stakeholder, 'Accuracy', s.target, TRUE, current_date + s.days + (i.id % 90)::INT, i.created_at, 'generator'
    FROM initiative i
    CROSS JOIN (VALUES ('Business sponsor', 0.90, 30), ('End users', 0.80, 150)) AS s(stakeholder, target, days)
    WHERE i.id > initiatives_before;

    ANALYZE business_unit, initiative, initiative_user_context, expectation;

    -- Checklist answers: for items that apply now (the checklists' own view), more of them the further the
    -- stage; NOT_APPLICABLE only where the checklist allows it. A quarter were changed once (two history rows).
    INSERT INTO checklist_answer (initiative_id, kind, item_key, template_item_id, status, not_applicable_reason, note,
                                  links, changed_at, changed_by, version)
    SELECT a.initiative_id, a.kind, a.item_key, a.template_item_id, a.status,
           CASE WHEN a.status = 'NOT_APPLICABLE' THEN na_reasons[1 + a.pick % 3] END,
           CASE a.status WHEN 'MET' THEN 'Confirmed in the stage review; the evidence is in the project wiki.'
                         WHEN 'PARTLY_MET' THEN 'Partly in place; the rest is planned for the next iteration.'
                         WHEN 'NOT_MET' THEN 'Not in place yet; raised with the business sponsor.' END,
           CASE WHEN a.status = 'MET' AND a.pick % 2 = 0
                THEN 'https://wiki.example.com/ml/initiative-' || a.initiative_id || '/' || lower(a.item_key) END,
           a.created_at + (0.3 + 0.6 * (a.pick % 100) / 100.0) * (now() - a.created_at), 'generator',
           CASE WHEN a.pick % 4 = 0 THEN 1 ELSE 0 END
    FROM (SELECT v.initiative_id, v.kind, v.item_key, v.template_item_id, i.created_at, h.pick,
                 CASE WHEN v.kind = 'MECHANISM_CONDITIONS'
                      THEN CASE WHEN h.pick2 < 60 THEN 'MET' WHEN h.pick2 < 85 THEN 'PARTLY_MET' ELSE 'NOT_MET' END
                      ELSE CASE WHEN h.pick2 < 50 THEN 'MET' WHEN h.pick2 < 72 THEN 'PARTLY_MET'
                                WHEN h.pick2 < 90 THEN 'NOT_MET' ELSE 'NOT_APPLICABLE' END END AS status,
                 checklist_stage_level(i.lifecycle_stage) AS stage_level
          FROM checklist_applicable_item v
          JOIN initiative i ON i.id = v.initiative_id
          CROSS JOIN LATERAL (SELECT (hashint8(v.initiative_id * 4096 + v.template_item_id) & 2147483647) % 1000 AS pick,
                                     (hashint8(v.initiative_id * 4096 + v.template_item_id + 2048) & 2147483647) % 100 AS pick2) AS h
          WHERE v.initiative_id > initiatives_before AND v.status IS NULL) AS a
    WHERE a.pick % 100 < 30 + 10 * a.stage_level;
    GET DIAGNOSTICS added = ROW_COUNT;
    summary := summary || format(', %s checklist answers', added);

    INSERT INTO checklist_answer_change (answer_id, initiative_id, template_item_id, status, not_applicable_reason, note,
                                         links, changed_at, changed_by)
    SELECT a.id, a.initiative_id, a.template_item_id, a.status, a.not_applicable_reason, a.note, a.links, a.changed_at, a.changed_by
    FROM checklist_answer a WHERE a.initiative_id > initiatives_before
    UNION ALL
    SELECT a.id, a.initiative_id, a.template_item_id,
           CASE WHEN a.status IN ('MET', 'NOT_APPLICABLE') THEN 'PARTLY_MET' ELSE 'NOT_MET' END, NULL,
           'First assessment at the start of the stage.', NULL,
           i.created_at + (a.changed_at - i.created_at) / 3, a.changed_by
    FROM checklist_answer a JOIN initiative i ON i.id = a.initiative_id
    WHERE a.initiative_id > initiatives_before AND a.version = 1;

    -- Performance observations: 'Accuracy' per initiative, user context and source over the last year (at most
    -- since registration); every sixth value is a training/validation value, the rest operational. Some
    -- contexts lag, some series drift downwards.
    SELECT count(*) INTO pair_count FROM initiative_user_context WHERE initiative_id > initiatives_before;
    IF pair_count > 0 AND obs_total > 0 THEN
        INSERT INTO performance_observation (initiative_id, metric, metric_value, higher_is_better, user_context, source,
                                             observed_on, note, recorded_at, recorded_by, submission_id)
        SELECT s.initiative_id, 'Accuracy',
               round(least(0.995, greatest(0.3,
                   CASE WHEN j % 6 = 0 THEN s.base + 0.02 + s.noise / 2
                        ELSE s.base - s.lag - s.drift * j / s.n + s.noise END))::NUMERIC, 3),
               TRUE, s.user_context, CASE WHEN j % 6 = 0 THEN 'TRAINING' ELSE 'OPERATIONAL' END,
               s.on_day, NULL, s.on_day + interval '17 hours', 'generator', gen_random_uuid()
        FROM (SELECT p.initiative_id, p.user_context, p.n, j, p.base, p.lag, p.drift,
                     ((hashint8(p.series * 100000 + j) & 2147483647) % 21 - 10) / 1000.0 AS noise,
                     current_date - 1 - ((p.n - 1 - j) * p.span / greatest(p.n - 1, 1))::INT AS on_day
              FROM (SELECT u.initiative_id, u.user_context, u.initiative_id * 8 + u.position AS series,
                           obs_total / pair_count + CASE WHEN u.k < obs_total % pair_count THEN 1 ELSE 0 END AS n,
                           least(364, current_date - 2 - i.created_at::DATE) AS span,
                           0.80 + ((hashint8(u.initiative_id) & 2147483647) % 12) / 100.0 AS base,
                           CASE WHEN (hashint8(u.initiative_id * 8 + u.position) & 2147483647) % 10 = 0 THEN 0.12
                                ELSE ((hashint8(u.initiative_id * 8 + u.position) & 2147483647) % 6) / 100.0 END AS lag,
                           CASE WHEN (hashint8(u.initiative_id * 8 + u.position + 4) & 2147483647) % 5 = 0 THEN 0.08 ELSE 0 END AS drift
                    FROM (SELECT initiative_id, position, user_context, row_number() OVER (ORDER BY initiative_id, position) - 1 AS k
                          FROM initiative_user_context WHERE initiative_id > initiatives_before) AS u
                    JOIN initiative i ON i.id = u.initiative_id) AS p
              CROSS JOIN LATERAL generate_series(0, p.n - 1) AS j) AS s;
        GET DIAGNOSTICS added = ROW_COUNT;
        summary := summary || format(', %s observations', added);
    END IF;

    -- Data checks for 80 % of the new initiatives, 1-4 each over the last 300 days. Drift or "not checked" only
    -- ever at odd positions, so a drifted check is followed by a consistent one (if any).
    INSERT INTO data_check (initiative_id, checked_on, checked_by, method, result, drift_score, note, recorded_at,
                            recorded_by, submission_id)
    SELECT c.initiative_id, c.on_day, checkers[1 + c.pick % 5], methods[1 + c.initiative_id % 5], c.result,
           CASE c.result WHEN 'CONSISTENT' THEN 0.01 + (c.pick % 9) / 100.0 WHEN 'DRIFTED' THEN 0.2 + (c.pick % 30) / 100.0 END,
           CASE c.result WHEN 'DRIFTED' THEN 'Input distributions moved; retraining planned.'
                         WHEN 'NOT_CHECKED' THEN 'No labelled operational data yet.' END,
           c.on_day + interval '16 hours', 'generator', gen_random_uuid()
    FROM (SELECT d.initiative_id, k, h.pick,
                 current_date - 1 - ((d.n - 1 - k) * d.span / d.n)::INT AS on_day,
                 CASE WHEN k % 2 = 1 AND h.pick % 100 < 35 THEN 'DRIFTED'
                      WHEN k % 2 = 1 AND h.pick % 100 < 45 THEN 'NOT_CHECKED' ELSE 'CONSISTENT' END AS result
          FROM (SELECT i.id AS initiative_id, 1 + (hashint8(i.id + 77) & 2147483647) % 4 AS n,
                       least(300, current_date - 2 - i.created_at::DATE) AS span
                FROM initiative i
                WHERE i.id > initiatives_before AND (hashint8(i.id + 99) & 2147483647) % 10 < 8) AS d
          CROSS JOIN LATERAL generate_series(0, d.n - 1) AS k
          CROSS JOIN LATERAL (SELECT (hashint8(d.initiative_id * 16 + k) & 2147483647) % 1000 AS pick) AS h) AS c;
    GET DIAGNOSTICS added = ROW_COUNT;
    summary := summary || format(', %s data checks', added);

    -- Context-change events recorded 3-175 days ago: the first 24 cover every kind × scope; later ones are mostly
    -- scoped to business units or user contexts. Most events older than 20 days are closed.
    INSERT INTO context_event (type, kind, title, description, occurred_on, scope, recorded_at, recorded_by,
                               closed_at, closed_by, closing_note, submission_id, version)
    SELECT event_types[1 + e % 8], event_kinds[1 + e % 8], event_titles[1 + e % 8] || ' (' || (events_generated + e + 1) || ')',
           event_texts[1 + e % 8], (v.recorded - make_interval(days => e % 10))::DATE, v.scope, v.recorded, 'generator',
           CASE WHEN v.closes THEN v.recorded + (now() - v.recorded) * (0.3 + (e % 5) / 10.0) END,
           CASE WHEN v.closes THEN 'generator' END,
           CASE WHEN v.closes THEN 'The change has been absorbed; the affected initiatives responded.' END,
           gen_random_uuid(), CASE WHEN v.closes THEN 1 ELSE 0 END
    FROM generate_series(0, event_total - 1) AS e
    CROSS JOIN LATERAL (SELECT now() - make_interval(days => 3 + (e * 53) % 173, hours => e % 12) AS recorded,
                               CASE WHEN e < 24 THEN (ARRAY['ORGANIZATION', 'BUSINESS_UNITS', 'USER_CONTEXTS'])[1 + (e / 8) % 3]
                                    WHEN e % 20 = 0 THEN 'ORGANIZATION'
                                    WHEN e % 2 = 0 THEN 'BUSINESS_UNITS' ELSE 'USER_CONTEXTS' END AS scope) AS s
    CROSS JOIN LATERAL (SELECT s.recorded, s.scope, e % 5 <> 0 AND s.recorded < now() - interval '20 days' AS closes) AS v;
    GET DIAGNOSTICS added = ROW_COUNT;
    summary := summary || format(', %s events', added);

    -- Scope rows: 1-3 business units, or 1-3 user contexts (every fourth event typed in lower case: the scope
    -- rule compares without regard to case).
    INSERT INTO context_event_business_unit (event_id, business_unit_id)
    SELECT n.id, units[1 + (n.r * 7 + k * 13) % array_length(units, 1)]
    FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r FROM context_event
          WHERE id > events_before AND scope = 'BUSINESS_UNITS') AS n
    CROSS JOIN LATERAL generate_series(0, n.r % 3) AS k
    ON CONFLICT DO NOTHING;

    INSERT INTO context_event_user_context (event_id, position, user_context)
    SELECT n.id, k, CASE WHEN n.r % 4 = 3 THEN lower(c.name) ELSE c.name END
    FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r FROM context_event
          WHERE id > events_before AND scope = 'USER_CONTEXTS') AS n
    CROSS JOIN LATERAL generate_series(0, n.r % 3) AS k
    CROSS JOIN LATERAL (SELECT contexts[1 + (n.r * 11 + k * 67) % context_target] AS name) AS c;

    -- Links, by the app's rule (EventLinker, docs/signals.md), for every pair of a new event or a new initiative:
    -- in scope (organization / business unit / user context, case-insensitive after trimming), not retired;
    -- RECORDED when the initiative existed when the event was recorded, ENTERED_SCOPE when it was registered
    -- later while the event was still open, no link if the event was closed by then.
    -- Acknowledged (by 'generator'): 85 % of the links of closed events, 40 % of open ones, none younger than an hour.
    INSERT INTO context_event_impact (event_id, initiative_id, linked_at, linked_when, acknowledged_at, acknowledged_by,
                                      response, version)
    SELECT l.event_id, l.initiative_id, l.linked_at, l.linked_when,
           CASE WHEN l.acknowledged THEN l.linked_at + (0.1 + 0.8 * l.pick / 1000.0) * (now() - l.linked_at) END,
           CASE WHEN l.acknowledged THEN 'generator' END,
           CASE WHEN l.acknowledged THEN responses[1 + l.pick % 6] END,
           CASE WHEN l.acknowledged THEN 1 ELSE 0 END
    FROM (SELECT p.event_id, p.initiative_id, t.linked_at, t.linked_when, h.pick,
                 t.linked_at < now() - interval '1 hour'
                     AND h.pick % 100 < CASE WHEN e.closed_at IS NULL THEN 40 ELSE 85 END AS acknowledged
          FROM (SELECT e.id AS event_id, i.id AS initiative_id
                FROM context_event e CROSS JOIN initiative i
                WHERE e.scope = 'ORGANIZATION' AND (e.id > events_before OR i.id > initiatives_before)
                UNION
                SELECT e.id, i.id
                FROM context_event e
                JOIN context_event_business_unit b ON b.event_id = e.id
                JOIN initiative i ON i.business_unit_id = b.business_unit_id
                WHERE e.scope = 'BUSINESS_UNITS' AND (e.id > events_before OR i.id > initiatives_before)
                UNION
                SELECT e.id, u.initiative_id
                FROM context_event e
                JOIN context_event_user_context c ON c.event_id = e.id
                JOIN initiative_user_context u ON lower(btrim(u.user_context)) = lower(btrim(c.user_context))
                WHERE e.scope = 'USER_CONTEXTS' AND (e.id > events_before OR u.initiative_id > initiatives_before)) AS p
          JOIN context_event e ON e.id = p.event_id
          JOIN initiative i ON i.id = p.initiative_id
          CROSS JOIN LATERAL (SELECT i.created_at <= e.recorded_at AS at_recording) AS w
          CROSS JOIN LATERAL (SELECT CASE WHEN w.at_recording THEN e.recorded_at ELSE i.created_at END AS linked_at,
                                     CASE WHEN w.at_recording THEN 'RECORDED' ELSE 'ENTERED_SCOPE' END AS linked_when) AS t
          CROSS JOIN LATERAL (SELECT (hashint8(p.event_id * 1000003 + p.initiative_id) & 2147483647) % 1000 AS pick) AS h
          WHERE i.technology_state <> 'RETIRED'
            AND (w.at_recording OR e.closed_at IS NULL OR e.closed_at > i.created_at)) AS l
    ON CONFLICT (event_id, initiative_id) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    summary := summary || format(', %s event links', added);

    -- Six months of flag history (raised and cleared; open flags are the risk engine's). Three sources:
    -- 1. every acknowledged new link: the event's rule fired from the link until the acknowledgement;
    INSERT INTO risk_flag (initiative_id, rule, characteristic, subject, severity, explanation, raised_at, cleared_at,
                           evaluated_at, version)
    SELECT x.initiative_id,
           CASE e.type WHEN 'TASK_CONTEXT' THEN 'TASK_CONTEXT_DRIFT' WHEN 'ORGANIZATIONAL_CONTEXT' THEN 'ORGANIZATIONAL_CONTEXT_CHANGE'
                       ELSE 'EXTERNAL_ENVIRONMENT_CHANGE' END,
           'CONTEXT_SENSITIVITY', 'event-' || e.id,
           CASE WHEN e.type <> 'TASK_CONTEXT' AND o.operational THEN 'CRITICAL' ELSE 'WARNING' END,
           CASE WHEN e.type = 'TASK_CONTEXT'
                THEN format('The task-context change “%s” of %s is not acknowledged yet.', e.title, e.occurred_on)
                ELSE format('The %s “%s” of %s affects this initiative and is not acknowledged yet%s',
                            CASE e.type WHEN 'ORGANIZATIONAL_CONTEXT' THEN 'organizational-context change' ELSE 'external-environment change' END,
                            e.title, e.occurred_on, CASE WHEN o.operational THEN '; the model runs on live data.' ELSE '.' END) END,
           x.linked_at, x.acknowledged_at, x.acknowledged_at, 1
    FROM context_event_impact x
    JOIN context_event e ON e.id = x.event_id
    JOIN initiative i ON i.id = x.initiative_id
    CROSS JOIN LATERAL (SELECT i.technology_state IN ('DEPLOYED', 'RETRAINING') OR i.lifecycle_stage = 'IN_OPERATION' AS operational) AS o
    WHERE x.id > impacts_before AND x.acknowledged_at IS NOT NULL AND x.linked_at >= now() - interval '26 weeks';
    GET DIAGNOSTICS added = ROW_COUNT;

    -- 2. a drifted data check until the next (consistent) check;
    INSERT INTO risk_flag (initiative_id, rule, characteristic, subject, severity, explanation, raised_at, cleared_at,
                           evaluated_at, version)
    SELECT d.initiative_id, 'TASK_CONTEXT_DRIFT', 'CONTEXT_SENSITIVITY', 'data-check',
           CASE WHEN i.technology_state IN ('DEPLOYED', 'RETRAINING') OR i.lifecycle_stage = 'IN_OPERATION' THEN 'CRITICAL' ELSE 'WARNING' END,
           format('The data check of %s found the training data drifted from the operational data (drift score %s).',
                  d.checked_on, trim(trailing '.' FROM trim(trailing '0' FROM d.drift_score::TEXT))),
           d.recorded_at, d.next_recorded_at, d.next_recorded_at, 1
    FROM (SELECT c.*, lead(c.recorded_at) OVER (PARTITION BY c.initiative_id ORDER BY c.checked_on, c.id) AS next_recorded_at
          FROM data_check c WHERE c.initiative_id > initiatives_before) AS d
    JOIN initiative i ON i.id = d.initiative_id
    WHERE d.result = 'DRIFTED' AND d.next_recorded_at > d.recorded_at AND d.recorded_at >= now() - interval '26 weeks';
    GET DIAGNOSTICS pair_count = ROW_COUNT;
    added := added + pair_count;

    -- 3. 0-3 flags per new initiative from the other rules, raised in the last 26 weeks (not before registration)
    --    and cleared 3-70 days later, explained as the engine words them. The rule is picked with pick / 4, not pick:
    --    the number of flags is pick % 4, and with 8 rules pick itself would never reach some of them.
    INSERT INTO risk_flag (initiative_id, rule, characteristic, subject, severity, explanation, raised_at, cleared_at,
                           evaluated_at, version)
    SELECT f.initiative_id, f.rule,
           CASE WHEN f.rule IN ('MECHANISM_CONDITION_MISMATCH', 'CONDITIONS_NOT_ASSESSED') THEN 'MECHANISM_FIT'
                WHEN f.rule = 'INCONSISTENT_PERFORMANCE' THEN 'CONTEXT_SENSITIVITY' ELSE 'TEMPORAL_COMPLEXITY' END,
           CASE f.rule WHEN 'UNREALISTIC_EXPECTATION' THEN 'expectation-' || f.sponsor_expectation
                       WHEN 'DIVERGENT_EXPECTATIONS' THEN 'metric-accuracy'
                       WHEN 'NON_TECHNICAL_WORK_OVERLOOKED' THEN 'retraining'
                       WHEN 'PACE_MISMATCH' THEN 'user'
                       WHEN 'TECHNOLOGY_CYCLE_OVER_FOCUS' THEN 'cycles'
                       WHEN 'INCONSISTENT_PERFORMANCE' THEN 'gap-accuracy'
                       WHEN 'CONDITIONS_NOT_ASSESSED' THEN 'mechanism-conditions'
                       ELSE 'mechanism' END,
           CASE WHEN f.rule = 'MECHANISM_CONDITION_MISMATCH' AND f.operational THEN 'CRITICAL'
                WHEN f.rule = 'CONDITIONS_NOT_ASSESSED' THEN 'INFO' ELSE 'WARNING' END,
           CASE f.rule
               WHEN 'UNREALISTIC_EXPECTATION' THEN format('Business sponsor expects Accuracy ≥ 0.9 by %s (%s days away). At a Technology '
                   || 'Cycle pace of %s days that leaves %s iteration(s), but %s are needed: 2 step(s) from Prototyping to Deployed.',
                   f.raised::DATE + 40, 40, f.technology_pace_days, 40 / f.technology_pace_days, 40 / f.technology_pace_days + 2)
               WHEN 'DIVERGENT_EXPECTATIONS' THEN format('Stakeholders expect Accuracy differently (Business sponsor: 0.9 by %s; '
                   || 'End users: 0.8 by %s): their dates are 120 days apart (threshold 60) and their targets differ by 11.1 %% '
                   || '(threshold 10 %%).', f.raised::DATE + 30, f.raised::DATE + 150)
               WHEN 'NON_TECHNICAL_WORK_OVERLOOKED' THEN 'The Technology Cycle is retraining while 3 organization- and user-side '
                   || 'alignment item(s) are open: An MLbC Product Owner is named. (Forging new roles); ML Trainers are named and '
                   || 'their time is planned. (Forging new roles); User ambassadors give the ML team timely feedback. (Forging new roles).'
               WHEN 'PACE_MISMATCH' THEN format('The ML Technology Cycle iterates every %s days, the ML User Cycle every %s days: '
                   || '%s× apart, more than the 4× threshold.', f.technology_pace_days, 365,
                   round(365.0 / f.technology_pace_days, 1))
               WHEN 'TECHNOLOGY_CYCLE_OVER_FOCUS' THEN format('The ML Technology Cycle changed state 3 times since %s (threshold 3), '
                   || 'while the ML Organization and User Cycles have not changed for 190 days (threshold 180).', f.raised::DATE - 190)
               WHEN 'INCONSISTENT_PERFORMANCE' THEN format('Operational Accuracy in %s (0.74, %s) is 17.8 %% worse than on '
                   || 'training/validation data (0.9, %s); threshold 10 %%.', f.first_context, f.raised::DATE, f.raised::DATE - 45)
               WHEN 'CONDITIONS_NOT_ASSESSED' THEN format('The initiative is past requirements analysis (now Data management), '
                   || 'but 1 necessary condition(s) that %s requires have not been assessed: Deep domain knowledge. Assess them in '
                   || 'the value-creation mechanism conditions checklist (met, partly met, not met or not applicable), so a '
                   || 'missing condition shows up before the mechanism is relied on.', f.mechanism_label)
               ELSE format('%s requires necessary conditions that are not met: %s.', f.mechanism_label,
                   CASE checklist_mechanism_level(f.mechanism) WHEN 1 THEN 'Deep domain knowledge'
                                    WHEN 2 THEN 'Mature data infrastructure, Strong DevOps capabilities'
                                    ELSE 'Integration with transactional systems and processes, Stable environment' END) END,
           f.raised, f.cleared, f.cleared, 1
    FROM (SELECT i.id AS initiative_id, i.mechanism, i.technology_pace_days,
                 CASE i.mechanism WHEN 'KNOWLEDGE_CREATION' THEN 'Knowledge creation'
                                  WHEN 'HIGH_DISCRETION_TASK_AUGMENTATION' THEN 'Task augmentation, high discretion'
                                  WHEN 'LOW_DISCRETION_TASK_AUGMENTATION' THEN 'Task augmentation, low discretion'
                                  WHEN 'PROCESS_AUTOMATION' THEN 'Autonomous agent, process automation'
                                  ELSE 'Autonomous agent, intelligent products and services' END AS mechanism_label,
                 i.technology_state IN ('DEPLOYED', 'RETRAINING') OR i.lifecycle_stage = 'IN_OPERATION' AS operational,
                 (ARRAY['UNREALISTIC_EXPECTATION', 'DIVERGENT_EXPECTATIONS', 'NON_TECHNICAL_WORK_OVERLOOKED', 'PACE_MISMATCH',
                        'TECHNOLOGY_CYCLE_OVER_FOCUS', 'INCONSISTENT_PERFORMANCE', 'MECHANISM_CONDITION_MISMATCH',
                        'CONDITIONS_NOT_ASSESSED'])[1 + (h.pick / 4 + k * 3) % 8] AS rule,
                 (SELECT min(x.id) FROM expectation x WHERE x.initiative_id = i.id AND x.stakeholder = 'Business sponsor') AS sponsor_expectation,
                 (SELECT u.user_context FROM initiative_user_context u WHERE u.initiative_id = i.id AND u.position = 0) AS first_context,
                 t.raised, least(t.raised + make_interval(days => 3 + (h.pick * (k + 1)) % 68), now() - interval '1 hour') AS cleared
          FROM initiative i
          CROSS JOIN LATERAL (SELECT (hashint8(i.id + 5) & 2147483647) % 1000 AS pick) AS h
          CROSS JOIN LATERAL generate_series(1, h.pick % 4) AS k
          CROSS JOIN LATERAL (SELECT greatest(i.created_at, now() - interval '26 weeks')
                                     + ((h.pick * k * 7919) % 1000) / 1000.0
                                       * (now() - interval '2 days' - greatest(i.created_at, now() - interval '26 weeks')) AS raised) AS t
          WHERE i.id > initiatives_before) AS f;
    GET DIAGNOSTICS pair_count = ROW_COUNT;
    added := added + pair_count;
    summary := summary || format(', %s cleared flags', added);

    RAISE NOTICE 'Generated %', summary;
    RETURN how_many;
END;
$$ LANGUAGE plpgsql;
