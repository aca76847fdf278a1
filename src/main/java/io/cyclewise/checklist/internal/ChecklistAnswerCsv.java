package io.cyclewise.checklist.internal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.shared.CsvCells;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checklist answers as CSV: every item that applies to an initiative (the {@code checklist_applicable_item} view),
 * answered or not ({@code NOT_ASSESSED}), with the evidence. For one initiative or for every initiative a list
 * filter selects, in the list's order; each page of initiatives is one query.
 */
@Component
public class ChecklistAnswerCsv {

	static final String NOT_ASSESSED = "NOT_ASSESSED";

	static final String[] HEADER = { "initiative_id", "initiative", "checklist", "group", "item_key", "item", "status",
			"not_applicable_reason", "note", "evidence_links", "answered_by", "answered_at" };

	private final InitiativeSelection selections;
	private final JdbcClient jdbc;
	private final ChecklistWords words;

	ChecklistAnswerCsv(InitiativeSelection selections, JdbcClient jdbc, ChecklistWords words) {
		this.selections = selections;
		this.jdbc = jdbc;
		this.words = words;
	}

	public void write(InitiativeSelection.Selection selection, Writer out) throws IOException {
		selections.writeCsv(selection, out, HEADER, this::rows);
	}

	public void write(InitiativeSummary initiative, Writer out) throws IOException {
		InitiativeSelection.writeCsv(initiative, out, HEADER, this::rows);
	}

	private record Answer(long initiativeId, String kind, String group, String itemKey, String text, String status,
			String notApplicableReason, String note, String links, String changedBy, Timestamp changedAt) {
	}

	private void rows(CSVPrinter printer, List<InitiativeSummary> initiatives) throws IOException {
		Map<Long, List<Answer>> byInitiative = new HashMap<>();
		jdbc.sql("""
				select v.initiative_id, v.kind, v.group_key, v.item_key, v.text, v.status, a.not_applicable_reason,
				       a.note, a.links, a.changed_by, a.changed_at
				from checklist_applicable_item v
				left join checklist_answer a
				       on a.initiative_id = v.initiative_id and a.kind = v.kind and a.item_key = v.item_key
				where v.initiative_id = any(?)
				order by case v.kind when 'MECHANISM_CONDITIONS' then 1 when 'ALIGNMENT_PRACTICES' then 2
				                     when 'STAGE_READINESS' then 3 else 4 end, v.position
				""").param(initiatives.stream().map(InitiativeSummary::id).toArray(Long[]::new))
			.query((rs, row) -> new Answer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getTimestamp(11)))
			.list().forEach(answer -> byInitiative.computeIfAbsent(answer.initiativeId(), id -> new ArrayList<>()).add(answer));
		for (InitiativeSummary initiative : initiatives) {
			for (Answer answer : byInitiative.getOrDefault(initiative.id(), List.of())) {
				ChecklistKind kind = ChecklistKind.valueOf(answer.kind());
				CsvCells.row(printer, initiative.id(), initiative.name(), answer.kind(),
						words.groupLabel(kind, answer.group()), answer.itemKey(), answer.text(),
						answer.status() == null ? NOT_ASSESSED : answer.status(), answer.notApplicableReason(),
						answer.note(), answer.links() == null ? null : answer.links().replace("\n", " "),
						answer.changedBy(), answer.changedAt() == null ? null : answer.changedAt().toInstant());
			}
		}
	}
}
