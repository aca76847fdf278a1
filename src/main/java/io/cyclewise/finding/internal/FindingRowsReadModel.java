package io.cyclewise.finding.internal;

import java.time.LocalDate;
import java.util.List;

import io.cyclewise.risk.Severity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of the findings lists in one query. Besides the finding tables it reads {@code initiative} (the
 * initiative's name) and {@code app_user} (the owner's display name): joined in SQL so the portfolio list is one
 * statement, not one call to the initiative and user modules per row.
 */
@Component
class FindingRowsReadModel {

	private final NamedParameterJdbcTemplate jdbc;

	FindingRowsReadModel(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Findings of one initiative, or of the portfolio; open first, then remediating, then closed; severe first. */
	List<FindingViews.Row> rows(Long initiativeId, FindingStatus status, Severity severity) {
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("initiative", initiativeId, java.sql.Types.BIGINT)
			.addValue("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
			.addValue("severity", severity == null ? null : severity.name(), java.sql.Types.VARCHAR);
		return jdbc.query("""
				SELECT f.id, f.initiative_id, i.name, f.title, f.severity, f.status, f.observed_on, u.display_name,
				       (SELECT count(*) FROM finding_step s WHERE s.finding_id = f.id AND s.done) AS steps_done,
				       (SELECT count(*) FROM finding_step s WHERE s.finding_id = f.id) AS steps_total
				FROM finding f JOIN initiative i ON i.id = f.initiative_id JOIN app_user u ON u.id = f.owner_id
				WHERE (CAST(:initiative AS BIGINT) IS NULL OR f.initiative_id = :initiative)
				  AND (CAST(:status AS VARCHAR) IS NULL OR f.status = :status)
				  AND (CAST(:severity AS VARCHAR) IS NULL OR f.severity = :severity)
				ORDER BY CASE f.status WHEN 'OPEN' THEN 0 WHEN 'REMEDIATING' THEN 1 ELSE 2 END,
				         CASE f.severity WHEN 'CRITICAL' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END,
				         f.observed_on DESC, f.id DESC
				""", parameters, (rs, row) -> new FindingViews.Row(rs.getLong("id"), rs.getLong("initiative_id"),
				rs.getString("name"), rs.getString("title"), Severity.valueOf(rs.getString("severity")),
				FindingStatus.valueOf(rs.getString("status")), rs.getObject("observed_on", LocalDate.class),
				rs.getString("display_name"), rs.getLong("steps_done"), rs.getLong("steps_total")));
	}
}
