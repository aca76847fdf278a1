package io.cyclewise.checklist.internal;

import java.util.List;

import io.cyclewise.checklist.ChecklistCompletion;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.RecordedShift;
import io.cyclewise.initiative.InitiativeSummary;

/** Everything the checklists page of one initiative shows. */
public record ChecklistBoard(InitiativeSummary initiative, MechanismFit fit, List<RecordedShift> trajectory,
		List<Section> sections, List<ItemRow> kept, boolean canWork, boolean canShift) {

	/** One checklist: its template version (with the seed it cites), completion and grouped items. */
	public record Section(ChecklistKind kind, ChecklistTemplate template, ChecklistCompletion completion,
			List<Group> groups, int notYetApplicable) {
	}

	/** The paper's category, e.g. one alignment practice or one lifecycle stage. */
	public record Group(String key, String label, String meaning, List<ItemRow> rows) {

		static Group of(ChecklistKind kind, String key, List<ItemRow> rows, ChecklistWords words) {
			return new Group(key, words.groupLabel(kind, key), words.groupMeaning(kind, key), rows);
		}

		/** Items met in this group. */
		public long met() {
			return rows.stream().filter(row -> "MET".equals(row.getStatusCode())).count();
		}

		/** Items that apply: all but those answered "not applicable" (unanswered ones count, as in the completion). */
		public long applicable() {
			return rows.stream().filter(row -> !"NOT_APPLICABLE".equals(row.getStatusCode())).count();
		}

		public long open() {
			return rows.stream().filter(ItemRow::isOpen).count();
		}
	}
}
