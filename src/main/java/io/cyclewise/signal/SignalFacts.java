package io.cyclewise.signal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cyclewise.signal.review.ReviewQueries;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts for other modules (the risk rules): plain records, each computed in one SQL query. Recompute
 * when {@link SignalsChanged} names the initiative.
 */
@Service
@Transactional(readOnly = true)
public class SignalFacts {

	private final NamedParameterJdbcTemplate jdbc;
	private final ReviewQueries reviews;

	public SignalFacts(NamedParameterJdbcTemplate jdbc, ReviewQueries reviews) {
		this.jdbc = jdbc;
		this.reviews = reviews;
	}

	/** For each metric × user context × source, the latest value (latest date, then latest recorded). */
	public List<ObservationFact> latestObservations(long initiativeId) {
		return jdbc.query("""
				SELECT DISTINCT ON (lower(metric), user_context, source)
				       metric, user_context, source, metric_value, observed_on, higher_is_better
				FROM performance_observation
				WHERE initiative_id = :id
				ORDER BY lower(metric), user_context, source, observed_on DESC, id DESC
				""", new MapSqlParameterSource("id", initiativeId), (rs, row) -> new ObservationFact(
				rs.getString("metric"), rs.getString("user_context"), ObservationSource.valueOf(rs.getString("source")),
				rs.getBigDecimal("metric_value").stripTrailingZeros(), rs.getObject("observed_on", java.time.LocalDate.class),
				rs.getBoolean("higher_is_better")));
	}

	public Optional<DataCheckFact> latestDataCheck(long initiativeId) {
		return jdbc.query("""
				SELECT checked_on, result, drift_score FROM data_check
				WHERE initiative_id = :id ORDER BY checked_on DESC, id DESC LIMIT 1
				""", new MapSqlParameterSource("id", initiativeId), (rs, row) -> new DataCheckFact(
				rs.getObject("checked_on", java.time.LocalDate.class), DataCheckResult.valueOf(rs.getString("result")),
				rs.getBigDecimal("drift_score") == null ? null : rs.getBigDecimal("drift_score").stripTrailingZeros()))
			.stream().findFirst();
	}

	/** Context changes that affect the initiative and await its lead's response, newest first. */
	public List<OpenEventFact> unacknowledgedEvents(long initiativeId) {
		return jdbc.query("""
				SELECT e.id, e.type, e.kind, e.title, e.occurred_on
				FROM context_event_impact x JOIN context_event e ON e.id = x.event_id
				WHERE x.initiative_id = :id AND x.acknowledged_at IS NULL
				ORDER BY e.occurred_on DESC, e.id DESC
				""", new MapSqlParameterSource("id", initiativeId), (rs, row) -> new OpenEventFact(rs.getLong("id"),
				ContextChangeType.valueOf(rs.getString("type")), ContextChangeKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getObject("occurred_on", java.time.LocalDate.class)));
	}

	/** Every context change linked to the initiative, acknowledged or not, newest first. */
	public List<LinkedEventFact> linkedEvents(long initiativeId) {
		return jdbc.query("""
				SELECT e.id, e.type, e.title, e.occurred_on
				FROM context_event_impact x JOIN context_event e ON e.id = x.event_id
				WHERE x.initiative_id = :id
				ORDER BY e.occurred_on DESC, e.id DESC
				""", new MapSqlParameterSource("id", initiativeId), (rs, row) -> new LinkedEventFact(rs.getLong("id"),
				ContextChangeType.valueOf(rs.getString("type")), rs.getString("title"),
				rs.getObject("occurred_on", java.time.LocalDate.class)));
	}

	/** Context changes the lead has acknowledged, newest first; those without outcome (older) count as no impact. */
	public List<AcknowledgedEventFact> acknowledgedEvents(long initiativeId) {
		return jdbc.query("""
				SELECT e.id, e.type, e.title, e.occurred_on, coalesce(x.outcome, 'NO_IMPACT') AS outcome,
				       x.acknowledged_by, x.response
				FROM context_event_impact x JOIN context_event e ON e.id = x.event_id
				WHERE x.initiative_id = :id AND x.acknowledged_at IS NOT NULL
				ORDER BY e.occurred_on DESC, e.id DESC
				""", new MapSqlParameterSource("id", initiativeId), (rs, row) -> new AcknowledgedEventFact(
				rs.getLong("id"), ContextChangeType.valueOf(rs.getString("type")), rs.getString("title"),
				rs.getObject("occurred_on", java.time.LocalDate.class),
				AcknowledgementOutcome.valueOf(rs.getString("outcome")), rs.getString("acknowledged_by"),
				rs.getString("response")));
	}

	/** The evidence an acknowledgement's outcome needs, as latest dates, in one query. */
	public OutcomeEvidenceFact outcomeEvidence(long initiativeId) {
		return jdbc.queryForObject("""
				SELECT (SELECT max(observed_on) FROM performance_observation WHERE initiative_id = :id) AS observed,
				       (SELECT max(checked_on) FROM data_check WHERE initiative_id = :id) AS checked,
				       (SELECT max(reviewed_on) FROM alignment_review
				        WHERE initiative_id = :id AND outcome = 'RETURN_TO_EARLIER_PHASE') AS returned
				""", new MapSqlParameterSource("id", initiativeId), (rs, row) -> new OutcomeEvidenceFact(
				rs.getObject("observed", java.time.LocalDate.class), rs.getObject("checked", java.time.LocalDate.class),
				rs.getObject("returned", java.time.LocalDate.class)));
	}

	/** Cadence, last review and due date; empty for an unknown initiative. */
	public Optional<ReviewFact> review(long initiativeId) {
		return reviews.schedule(initiativeId).map(ReviewQueries.Schedule::fact);
	}

	/**
	 * The review recorded last (by when it was entered, not the day it names) that kept the initiative in its phase,
	 * if any: a gate asks for a review of the phase the initiative is in, and a review that returned it to an earlier
	 * phase reviewed the phase it left.
	 */
	public Optional<RecordedReview> lastReviewKeepingThePhase(long initiativeId) {
		return jdbc.query("SELECT reviewed_on, recorded_at FROM alignment_review WHERE initiative_id = :initiative"
				+ " AND outcome <> 'RETURN_TO_EARLIER_PHASE' ORDER BY recorded_at DESC, id DESC LIMIT 1", Map.of("initiative", initiativeId),
				(row, index) -> new RecordedReview(row.getObject("reviewed_on", java.time.LocalDate.class),
						row.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant()))
			.stream().findFirst();
	}

	/**
	 * "No impact" acknowledgements not reviewed yet by a risk officer, oldest first (the longest waiting on top);
	 * acknowledgements from before outcomes existed count as no impact.
	 */
	public List<NoImpactAcknowledgement> noImpactAcknowledgementsToReview(int limit) {
		return jdbc.query("""
				SELECT x.id, x.initiative_id, i.name, e.id AS event_id, e.title, x.acknowledged_by, x.acknowledged_at,
				       x.response, x.reviewed_by, x.reviewed_at
				FROM context_event_impact x
				JOIN context_event e ON e.id = x.event_id
				JOIN initiative i ON i.id = x.initiative_id
				WHERE x.acknowledged_at IS NOT NULL AND coalesce(x.outcome, 'NO_IMPACT') = 'NO_IMPACT'
				  AND x.reviewed_at IS NULL
				ORDER BY x.acknowledged_at, x.id
				LIMIT :limit
				""", new MapSqlParameterSource("limit", limit), (rs, row) -> new NoImpactAcknowledgement(
				rs.getLong("id"), rs.getLong("initiative_id"), rs.getString("name"), rs.getLong("event_id"),
				rs.getString("title"), rs.getString("acknowledged_by"),
				rs.getObject("acknowledged_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("response"),
				rs.getString("reviewed_by"), null));
	}
}
