package io.cyclewise.initiative;

import java.io.IOException;
import java.io.Writer;

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

	static final String[] HEADER = { "id", "name", "business_unit", "lead", "alignment_phase", "lifecycle_stage",
			"mechanism", "organization_state", "organization_since", "organization_pace_days", "technology_state",
			"technology_since", "technology_pace_days", "user_state", "user_since", "user_pace_days", "user_contexts",
			"updated_at", "version" };

	private final InitiativeSelection selections;

	InitiativeCsv(InitiativeSelection selections) {
		this.selections = selections;
	}

	public void write(InitiativeSelection.Selection selection, Writer out) throws IOException {
		selections.writeCsv(selection, out, HEADER, (printer, page) -> {
			for (Initiative initiative : page) {
				row(printer, initiative);
			}
		});
	}

	private static void row(CSVPrinter printer, Initiative initiative) throws IOException {
		CsvCells.row(printer, initiative.getId(), initiative.getName(), initiative.getBusinessUnit().getName(),
				initiative.getLead().getUsername(), initiative.getAlignmentPhase().name(),
				initiative.getLifecycleStage().name(), initiative.getMechanism().name(),
				initiative.getOrganizationState().name(), initiative.getOrganizationSince(),
				initiative.getOrganizationPaceDays(), initiative.getTechnologyState().name(),
				initiative.getTechnologySince(), initiative.getTechnologyPaceDays(), initiative.getUserState().name(),
				initiative.getUserSince(), initiative.getUserPaceDays(), String.join(", ", initiative.getUserContexts()),
				initiative.getUpdatedAt(), initiative.getVersion());
	}
}
