package io.cyclewise.signal.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links events to the initiatives in their scope, set-based in one {@code INSERT ... SELECT} (the rule is
 * {@link io.cyclewise.signal.EventScope}; retired initiatives are skipped). Existing links are kept
 * ({@code ON CONFLICT DO NOTHING}), so linking is repeatable and an acknowledgement is never lost.
 * <p>Reads {@code initiative} and {@code initiative_user_context} (unit, user contexts, retired or not): linking
 * thousands of initiatives is one statement, not one call per initiative.
 */
@Component
public class EventLinker {

	/** Event {@code e} reaches initiative {@code i}: the SQL twin of {@code EventScope.covers}. */
	static final String IN_SCOPE = """
			i.technology_state <> 'RETIRED'
			AND (e.scope = 'ORGANIZATION'
			  OR (e.scope = 'BUSINESS_UNITS' AND EXISTS (
			        SELECT 1 FROM context_event_business_unit b
			        WHERE b.event_id = e.id AND b.business_unit_id = i.business_unit_id))
			  OR (e.scope = 'USER_CONTEXTS' AND EXISTS (
			        SELECT 1 FROM context_event_user_context c
			        JOIN initiative_user_context u ON lower(btrim(u.user_context)) = lower(btrim(c.user_context))
			        WHERE c.event_id = e.id AND u.initiative_id = i.id)))
			""";

	private final NamedParameterJdbcTemplate jdbc;

	EventLinker(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Links a just-recorded event to every initiative in its scope; returns their ids. */
	public List<Long> linkEvent(long eventId, Instant now) {
		return jdbc.queryForList("""
				INSERT INTO context_event_impact (event_id, initiative_id, linked_at, linked_when, version)
				SELECT e.id, i.id, :now, 'RECORDED', 0
				FROM context_event e CROSS JOIN initiative i
				WHERE e.id = :eventId AND """ + "\n" + IN_SCOPE + """
				ON CONFLICT (event_id, initiative_id) DO NOTHING
				RETURNING initiative_id
				""", new MapSqlParameterSource("eventId", eventId).addValue("now", Timestamp.from(now)), Long.class);
	}

	/** Links an initiative that was registered or changed (unit, user contexts) to every open event now covering it. */
	public List<Long> linkInitiative(long initiativeId, Instant now) {
		return jdbc.queryForList("""
				INSERT INTO context_event_impact (event_id, initiative_id, linked_at, linked_when, version)
				SELECT e.id, i.id, :now, 'ENTERED_SCOPE', 0
				FROM context_event e CROSS JOIN initiative i
				WHERE i.id = :initiativeId AND e.closed_at IS NULL AND """ + "\n" + IN_SCOPE + """
				ON CONFLICT (event_id, initiative_id) DO NOTHING
				RETURNING event_id
				""", new MapSqlParameterSource("initiativeId", initiativeId).addValue("now", Timestamp.from(now)),
				Long.class);
	}
}
