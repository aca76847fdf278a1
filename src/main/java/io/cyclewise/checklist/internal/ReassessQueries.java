package io.cyclewise.checklist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.ValueCreationMechanism;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The "to reassess" mark, set for many initiatives in one statement (an organization-wide shock reaches all). Reads
 * the initiative module's {@code initiative} table (its current mechanism decides whether the condition is required),
 * so the whole mark stays one statement instead of a call per initiative.
 */
@Repository
class ReassessQueries {

	static final String MARKED_BY = "Context change";

	private final JdbcClient jdbc;

	ReassessQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks the answered {@code condition} of those initiatives whose current mechanism requires it, keeping status and
	 * evidence, and writes one history row per marked answer. An answer this event already marked is skipped.
	 * @return the initiatives with a newly marked answer
	 */
	Set<Long> mark(NecessaryCondition condition, Collection<Long> initiativeIds, long eventId, LocalDate since,
			String reason, Instant now) {
		String[] mechanisms = Arrays.stream(ValueCreationMechanism.values()).filter(condition::isRequiredFor)
			.map(Enum::name).toArray(String[]::new);
		if (initiativeIds.isEmpty() || mechanisms.length == 0) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				with marked as (
				    update checklist_answer answer
				    set reassess_since = :since, reassess_reason = :reason, reassess_event_id = :eventId,
				        version = answer.version + 1
				    from initiative
				    where initiative.id = answer.initiative_id
				      and answer.initiative_id = any(:initiativeIds)
				      and initiative.mechanism = any(:mechanisms)
				      and answer.kind = 'MECHANISM_CONDITIONS' and answer.item_key = :itemKey
				      and answer.reassess_event_id is distinct from :eventId
				    returning answer.id, answer.initiative_id, answer.template_item_id, answer.status,
				              answer.not_applicable_reason, answer.note, answer.links
				), history as (
				    insert into checklist_answer_change (answer_id, initiative_id, template_item_id, status,
				        not_applicable_reason, note, links, changed_at, changed_by, reassess_reason)
				    select id, initiative_id, template_item_id, status, not_applicable_reason, note, links,
				           :now, :markedBy, :reason
				    from marked
				)
				select distinct initiative_id from marked
				""")
			.param("since", since)
			.param("reason", reason)
			.param("eventId", eventId)
			.param("initiativeIds", initiativeIds.toArray(Long[]::new))
			.param("mechanisms", mechanisms)
			.param("itemKey", condition.name())
			.param("now", java.sql.Timestamp.from(now))
			.param("markedBy", MARKED_BY)
			.query(Long.class).list());
	}
}
