package io.cyclewise.signal.measure;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cyclewise.signal.DataCheckResult;
import io.cyclewise.signal.ObservationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lookups and inserts of a bulk import, each one statement for the whole request (arrays bound as parameters,
 * {@code unnest} in SQL) instead of one round trip per item: what lets an import of thousands of values take well
 * under a second. Inserts skip a submission id that a parallel request stored meanwhile (the caller reports it as a
 * duplicate) instead of failing the whole batch.
 */
@Repository
public class MeasurementBatches {

	private final JdbcClient jdbc;

	MeasurementBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A value to store, already validated and with the metric's canonical spelling. */
	public record ObservationRow(long initiativeId, String metric, BigDecimal value, boolean higherIsBetter,
			String userContext, ObservationSource source, LocalDate observedOn, String note, UUID submissionId) {
	}

	/** A data check to store, already validated. */
	public record DataCheckRow(long initiativeId, LocalDate checkedOn, String checkedBy, String method,
			DataCheckResult result, BigDecimal driftScore, String note, UUID submissionId) {
	}

	/** An initiative and a metric name as sent (trimmed). */
	public record MetricOf(long initiativeId, String metric) {
	}

	/** @return the id of each given submission id that is already stored */
	public Map<UUID, Long> observationIds(Collection<UUID> submissionIds) {
		return ids("performance_observation", submissionIds);
	}

	/** @return the id of each given submission id that is already stored */
	public Map<UUID, Long> dataCheckIds(Collection<UUID> submissionIds) {
		return ids("data_check", submissionIds);
	}

	private Map<UUID, Long> ids(String table, Collection<UUID> submissionIds) {
		Map<UUID, Long> ids = new HashMap<>();
		if (!submissionIds.isEmpty()) {
			jdbc.sql("SELECT submission_id, id FROM " + table + " WHERE submission_id = ANY(?::uuid[])")
				.param(texts(submissionIds))
				.query(rs -> {
					ids.put(rs.getObject(1, UUID.class), rs.getLong(2));
				});
		}
		return ids;
	}

	/**
	 * How each metric was first recorded for its initiative (as {@link ObservationRepository#findFirstOfMetric}, for
	 * many at once); metrics never recorded are absent.
	 */
	public Map<MetricOf, MetricSpelling> firstOfMetrics(Collection<MetricOf> metrics) {
		Map<MetricOf, MetricSpelling> first = new HashMap<>();
		if (metrics.isEmpty()) {
			return first;
		}
		jdbc.sql("""
				SELECT p.initiative_id, p.metric, o.metric, o.higher_is_better
				FROM unnest(?::bigint[], ?::text[]) AS p(initiative_id, metric)
				CROSS JOIN LATERAL (SELECT metric, higher_is_better FROM performance_observation o
				                    WHERE o.initiative_id = p.initiative_id AND lower(o.metric) = lower(p.metric)
				                    ORDER BY o.id LIMIT 1) AS o
				""")
			.params(metrics.stream().map(MetricOf::initiativeId).toArray(Long[]::new),
					metrics.stream().map(MetricOf::metric).toArray(String[]::new))
			.query(rs -> {
				first.put(new MetricOf(rs.getLong(1), rs.getString(2)), new MetricSpelling(rs.getString(3), rs.getBoolean(4)));
			});
		return first;
	}

	/** @return the new id of each stored submission id (those stored meanwhile by someone else are absent) */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<UUID, Long> insertObservations(List<ObservationRow> rows, String recordedBy, Instant recordedAt) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		return inserted(jdbc.sql("""
				INSERT INTO performance_observation (initiative_id, metric, metric_value, higher_is_better, user_context,
				       source, observed_on, note, recorded_at, recorded_by, submission_id)
				SELECT i, m, v, h, c, s, d, n, ?, ?, u
				FROM unnest(?::bigint[], ?::text[], ?::numeric[], ?::boolean[], ?::text[], ?::text[], ?::date[], ?::text[],
				            ?::uuid[]) AS t(i, m, v, h, c, s, d, n, u)
				ON CONFLICT (submission_id) DO NOTHING
				RETURNING submission_id, id
				""")
			.params(Timestamp.from(recordedAt), recordedBy,
					rows.stream().map(ObservationRow::initiativeId).toArray(Long[]::new),
					rows.stream().map(ObservationRow::metric).toArray(String[]::new),
					rows.stream().map(row -> row.value().toPlainString()).toArray(String[]::new),
					rows.stream().map(ObservationRow::higherIsBetter).toArray(Boolean[]::new),
					rows.stream().map(ObservationRow::userContext).toArray(String[]::new),
					rows.stream().map(row -> row.source().name()).toArray(String[]::new),
					rows.stream().map(row -> row.observedOn().toString()).toArray(String[]::new),
					rows.stream().map(ObservationRow::note).toArray(String[]::new),
					texts(rows.stream().map(ObservationRow::submissionId).toList())));
	}

	/** @return the new id of each stored submission id (those stored meanwhile by someone else are absent) */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<UUID, Long> insertDataChecks(List<DataCheckRow> rows, String recordedBy, Instant recordedAt) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		return inserted(jdbc.sql("""
				INSERT INTO data_check (initiative_id, checked_on, checked_by, method, result, drift_score, note,
				       recorded_at, recorded_by, submission_id)
				SELECT i, d, b, m, r, s, n, ?, ?, u
				FROM unnest(?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::uuid[])
				     AS t(i, d, b, m, r, s, n, u)
				ON CONFLICT (submission_id) DO NOTHING
				RETURNING submission_id, id
				""")
			.params(Timestamp.from(recordedAt), recordedBy,
					rows.stream().map(DataCheckRow::initiativeId).toArray(Long[]::new),
					rows.stream().map(row -> row.checkedOn().toString()).toArray(String[]::new),
					rows.stream().map(DataCheckRow::checkedBy).toArray(String[]::new),
					rows.stream().map(DataCheckRow::method).toArray(String[]::new),
					rows.stream().map(row -> row.result().name()).toArray(String[]::new),
					rows.stream().map(row -> row.driftScore() == null ? null : row.driftScore().toPlainString())
						.toArray(String[]::new),
					rows.stream().map(DataCheckRow::note).toArray(String[]::new),
					texts(rows.stream().map(DataCheckRow::submissionId).toList())));
	}

	private static Map<UUID, Long> inserted(JdbcClient.StatementSpec insert) {
		Map<UUID, Long> ids = new HashMap<>();
		insert.query(rs -> {
			ids.put(rs.getObject(1, UUID.class), rs.getLong(2));
		});
		return ids;
	}

	private static String[] texts(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}
}
