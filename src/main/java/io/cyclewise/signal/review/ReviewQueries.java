package io.cyclewise.signal.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.signal.ReviewFact;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Review schedules computed in SQL: the due date is the last review (or the registration date, if never reviewed)
 * plus the cadence (the default where none was set). Retired initiatives are not due.
 * <p>A read model: besides the signal tables it reads {@code initiative}, {@code business_unit} and {@code app_user}
 * (name, unit, lead, phase, registration date), because the overdue list is one query over the whole portfolio.
 */
@Component
public class ReviewQueries {

	/** One initiative's review schedule, with what a list of overdue reviews shows. */
	public record Schedule(long initiativeId, String name, String businessUnit, String leadUsername, String leadName,
			AlignmentPhase phase, ReviewFact fact) {
	}

	private static final String SCHEDULES = """
			SELECT * FROM (
			  SELECT i.id, i.name, bu.name AS business_unit, u.username, u.display_name, i.alignment_phase,
			    i.technology_state, COALESCE(c.cadence_days, :defaultCadence) AS cadence_days,
			    c.cadence_days IS NULL AS default_cadence, r.last_review,
			    COALESCE(r.last_review, CAST(i.created_at AT TIME ZONE :zone AS date)) + COALESCE(c.cadence_days, :defaultCadence) AS due_on
			  FROM initiative i
			  JOIN business_unit bu ON bu.id = i.business_unit_id
			  JOIN app_user u ON u.id = i.lead_id
			  LEFT JOIN review_cadence c ON c.initiative_id = i.id
			  LEFT JOIN (SELECT initiative_id, max(reviewed_on) AS last_review FROM alignment_review GROUP BY initiative_id) r
			    ON r.initiative_id = i.id
			) s
			""";

	private final NamedParameterJdbcTemplate jdbc;
	private final ZoneId zone;

	ReviewQueries(NamedParameterJdbcTemplate jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	public Optional<Schedule> schedule(long initiativeId) {
		return jdbc.query(SCHEDULES + " WHERE s.id = :id", parameters().addValue("id", initiativeId), ReviewQueries::map)
			.stream().findFirst();
	}

	/** Reviews due before today, the longest overdue first; {@code leadUsername} null for everyone's. */
	public List<Schedule> overdue(LocalDate today, String leadUsername) {
		String sql = SCHEDULES + " WHERE s.technology_state <> 'RETIRED' AND s.due_on < :today"
				+ (leadUsername == null ? "" : " AND lower(s.username) = lower(:lead)") + " ORDER BY s.due_on, s.name";
		return jdbc.query(sql, parameters().addValue("today", today).addValue("lead", leadUsername), ReviewQueries::map);
	}

	public List<Long> overdueIds(LocalDate today) {
		return overdue(today, null).stream().map(Schedule::initiativeId).toList();
	}

	private MapSqlParameterSource parameters() {
		return new MapSqlParameterSource("defaultCadence", ReviewFact.DEFAULT_CADENCE_DAYS).addValue("zone", zone.getId());
	}

	private static Schedule map(ResultSet rs, int row) throws SQLException {
		return new Schedule(rs.getLong("id"), rs.getString("name"), rs.getString("business_unit"),
				rs.getString("username"), rs.getString("display_name"),
				AlignmentPhase.valueOf(rs.getString("alignment_phase")),
				new ReviewFact(rs.getInt("cadence_days"), rs.getBoolean("default_cadence"),
						rs.getObject("last_review", LocalDate.class), rs.getObject("due_on", LocalDate.class)));
	}
}
