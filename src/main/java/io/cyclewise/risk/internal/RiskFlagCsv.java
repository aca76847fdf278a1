package io.cyclewise.risk.internal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.shared.CsvCells;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Risk flags as CSV, open and cleared (flags are never deleted), of one initiative or of every initiative a list
 * filter selects, in the list's order; each page of initiatives is one query on {@code risk_flag}.
 */
@Component
public class RiskFlagCsv {

	public static final String[] HEADER = { "initiative_id", "initiative", "characteristic", "rule", "subject", "severity",
			"status", "raised_at", "cleared_at", "explanation" };

	private final InitiativeSelection selections;
	private final JdbcClient jdbc;

	RiskFlagCsv(InitiativeSelection selections, JdbcClient jdbc) {
		this.selections = selections;
		this.jdbc = jdbc;
	}

	public void write(InitiativeSelection.Selection selection, Writer out) throws IOException {
		selections.writeCsv(selection, out, HEADER, this::rows);
	}

	public void write(InitiativeSummary initiative, Writer out) throws IOException {
		InitiativeSelection.writeCsv(initiative, out, HEADER, this::rows);
	}

	private record Flag(long initiativeId, String characteristic, String rule, String subject, String severity,
			Timestamp raisedAt, Timestamp clearedAt, String explanation) {
	}

	private void rows(CSVPrinter printer, List<InitiativeSummary> initiatives) throws IOException {
		Map<Long, List<Flag>> byInitiative = new HashMap<>();
		jdbc.sql("""
				select initiative_id, characteristic, rule, subject, severity, raised_at, cleared_at, explanation
				from risk_flag where initiative_id = any(?) order by raised_at, id
				""").param(initiatives.stream().map(InitiativeSummary::id).toArray(Long[]::new))
			.query((rs, row) -> new Flag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6), rs.getTimestamp(7), rs.getString(8)))
			.list().forEach(flag -> byInitiative.computeIfAbsent(flag.initiativeId(), id -> new ArrayList<>()).add(flag));
		for (InitiativeSummary initiative : initiatives) {
			for (Flag flag : byInitiative.getOrDefault(initiative.id(), List.of())) {
				CsvCells.row(printer, initiative.id(), initiative.name(), flag.characteristic(), flag.rule(),
						flag.subject(), flag.severity(), flag.clearedAt() == null ? "OPEN" : "CLEARED",
						flag.raisedAt().toInstant(), flag.clearedAt() == null ? null : flag.clearedAt().toInstant(),
						flag.explanation());
			}
		}
	}
}
