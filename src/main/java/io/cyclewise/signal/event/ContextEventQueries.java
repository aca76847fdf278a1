package io.cyclewise.signal.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cyclewise.signal.AcknowledgementOutcome;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextChangeType;
import io.cyclewise.signal.ScopeKind;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads about events across initiatives: portfolio timeline rows, affected initiatives, what a lead leads.
 * <p>A read model: besides the signal tables it reads {@code initiative}, {@code initiative_user_context},
 * {@code business_unit} and {@code app_user}, because a portfolio row or a lead's scope is one set-based query.
 */
@Component
public class ContextEventQueries {

	/** One event on the portfolio timeline, with how many initiatives it affects and how many still owe a response. */
	public record PortfolioRow(long id, ContextChangeType type, ContextChangeKind kind, String title,
			LocalDate occurredOn, ScopeKind scope, String scopeNames, String recordedBy, boolean open, long affected,
			long unacknowledged) {
	}

	/** An initiative an event affects, with its acknowledgement (if any); older ones without outcome count as no impact. */
	public record AffectedInitiative(long initiativeId, String name, String businessUnit, String lead,
			EventImpact.LinkedWhen linkedWhen, Instant acknowledgedAt, String acknowledgedBy,
			AcknowledgementOutcome outcome, String response) {

		public AffectedInitiative {
			if (outcome == null && acknowledgedAt != null) {
				outcome = AcknowledgementOutcome.NO_IMPACT;
			}
		}
	}

	private final NamedParameterJdbcTemplate jdbc;
	private final EntityManager entityManager;

	ContextEventQueries(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** Newest first; each filter is optional. */
	public List<PortfolioRow> portfolio(ContextChangeType type, Boolean open, Long businessUnitId) {
		return portfolio(type, open, businessUnitId, 0, 500);
	}

	/** One page of {@link #portfolio}, newest first: {@code limit} rows after the first {@code offset}. */
	public List<PortfolioRow> portfolio(ContextChangeType type, Boolean open, Long businessUnitId, long offset,
			int limit) {
		StringBuilder sql = new StringBuilder("""
				SELECT e.id, e.type, e.kind, e.title, e.occurred_on, e.scope, e.recorded_by, e.closed_at IS NULL AS open,
				  CASE e.scope
				    WHEN 'BUSINESS_UNITS' THEN (SELECT string_agg(bu.name, ', ' ORDER BY bu.name)
				      FROM context_event_business_unit b JOIN business_unit bu ON bu.id = b.business_unit_id WHERE b.event_id = e.id)
				    WHEN 'USER_CONTEXTS' THEN (SELECT string_agg(c.user_context, ', ' ORDER BY c.position)
				      FROM context_event_user_context c WHERE c.event_id = e.id)
				  END AS scope_names,
				  count(imp.id) AS affected,
				  count(imp.id) FILTER (WHERE imp.acknowledged_at IS NULL) AS unacknowledged
				FROM context_event e LEFT JOIN context_event_impact imp ON imp.event_id = e.id
				WHERE TRUE
				""");
		MapSqlParameterSource parameters = filter(sql, type, open, businessUnitId);
		sql.append(" GROUP BY e.id ORDER BY e.occurred_on DESC, e.id DESC LIMIT :limit OFFSET :offset");
		parameters.addValue("limit", limit).addValue("offset", offset);
		return jdbc.query(sql.toString(), parameters, (rs, row) -> new PortfolioRow(rs.getLong("id"),
				ContextChangeType.valueOf(rs.getString("type")), ContextChangeKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getObject("occurred_on", LocalDate.class),
				ScopeKind.valueOf(rs.getString("scope")), rs.getString("scope_names"), rs.getString("recorded_by"),
				rs.getBoolean("open"), rs.getLong("affected"), rs.getLong("unacknowledged")));
	}

	/** How many events {@link #portfolio} finds with these filters, without a limit. */
	public long portfolioCount(ContextChangeType type, Boolean open, Long businessUnitId) {
		StringBuilder sql = new StringBuilder("SELECT count(*) FROM context_event e WHERE TRUE");
		MapSqlParameterSource parameters = filter(sql, type, open, businessUnitId);
		Long count = jdbc.queryForObject(sql.toString(), parameters, Long.class);
		return count == null ? 0 : count;
	}

	private static MapSqlParameterSource filter(StringBuilder sql, ContextChangeType type, Boolean open,
			Long businessUnitId) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (type != null) {
			sql.append(" AND e.type = :type");
			parameters.addValue("type", type.name());
		}
		if (open != null) {
			sql.append(open ? " AND e.closed_at IS NULL" : " AND e.closed_at IS NOT NULL");
		}
		if (businessUnitId != null) {
			// An event concerns a unit if it names the unit, covers the whole organization, or affects one of its initiatives.
			sql.append("""
					 AND (e.scope = 'ORGANIZATION'
					   OR EXISTS (SELECT 1 FROM context_event_business_unit b WHERE b.event_id = e.id AND b.business_unit_id = :unit)
					   OR EXISTS (SELECT 1 FROM context_event_impact x JOIN initiative i ON i.id = x.initiative_id
					              WHERE x.event_id = e.id AND i.business_unit_id = :unit))
					""");
			parameters.addValue("unit", businessUnitId);
		}
		return parameters;
	}

	public List<AffectedInitiative> affected(long eventId) {
		return entityManager.createQuery("""
				select new io.cyclewise.signal.event.ContextEventQueries$AffectedInitiative(i.id, i.name, u.name,
				  l.displayName, x.linkedWhen, x.acknowledgedAt, x.acknowledgedBy, x.outcome, x.response)
				from EventImpact x, Initiative i join i.businessUnit u join i.lead l
				where i.id = x.initiativeId and x.event.id = :eventId
				order by u.name, i.name""", AffectedInitiative.class)
			.setParameter("eventId", eventId)
			.getResultList();
	}

	public Set<Long> businessUnitsLedBy(String username) {
		return new HashSet<>(entityManager.createQuery(
				"select distinct i.businessUnit.id from Initiative i where lower(i.lead.username) = lower(:username)",
				Long.class).setParameter("username", username).getResultList());
	}

	/** Normalized as {@code EventScope.normalize} does. */
	public Set<String> userContextsLedBy(String username) {
		return new HashSet<>(entityManager.createQuery(
				"select distinct lower(trim(c)) from Initiative i join i.userContexts c where lower(i.lead.username) = lower(:username)",
				String.class).setParameter("username", username).getResultList());
	}

	/** Every user context some initiative serves, as suggestions for the scope field. */
	public List<String> knownUserContexts() {
		return new ArrayList<>(entityManager.createQuery(
				"select distinct c from Initiative i join i.userContexts c order by c", String.class).getResultList());
	}
}
