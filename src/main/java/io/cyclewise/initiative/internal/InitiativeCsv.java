package io.cyclewise.initiative.internal;

import java.io.IOException;
import java.io.Writer;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.initiative.CycleStatus;
import io.cyclewise.initiative.InitiativeSelection;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.shared.CsvCells;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The initiatives of a selection as CSV: one row each, values as codes (e.g. {@code EFFECTUATING}) so that tools
 * read them without the UI's wording. Written page by page straight to the writer (see
 * {@link InitiativeSelection#forEachPage}); the list page's export and the API share it.
 */
@Component
public class InitiativeCsv {

	public static final int PAGE_SIZE = 1_000;

	public static final String[] HEADER = { "id", "name", "business_unit", "lead", "alignment_phase", "lifecycle_stage",
			"mechanism", "organization_state", "organization_since", "organization_pace_days", "technology_state",
			"technology_since", "technology_pace_days", "user_state", "user_since", "user_pace_days", "user_contexts",
			"updated_at", "version" };

	private final InitiativeSelection selections;

	InitiativeCsv(InitiativeSelection selections) {
		this.selections = selections;
	}

	public void write(InitiativeSelection.Selection selection, Writer out) throws IOException {
		selections.writeCsv(selection, out, HEADER, (printer, page) -> {
			for (InitiativeSummary initiative : page) {
				row(printer, initiative);
			}
		});
	}

	private static void row(CSVPrinter printer, InitiativeSummary initiative) throws IOException {
		List<Object> cells = new ArrayList<>(List.of(initiative.id(), initiative.name(), initiative.businessUnit().name(),
				initiative.lead().username(), initiative.alignmentPhase().name(), initiative.lifecycleStage().name(),
				initiative.mechanism().name()));
		for (CycleStatus cycle : initiative.cycles()) {
			cells.addAll(List.of(cycle.state().name(), cycle.since(), cycle.paceDays()));
		}
		cells.addAll(List.of(String.join(", ", initiative.userContexts()), initiative.updatedAt(), initiative.version()));
		CsvCells.row(printer, cells.toArray());
	}
}
