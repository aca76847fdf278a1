package io.cyclewise.checklist;

import java.util.List;

import io.cyclewise.shared.DomainTerm;
import io.cyclewise.initiative.InitiativeSummary;

/** Everything the checklists page of one initiative shows. */
public record ChecklistBoard(InitiativeSummary initiative, MechanismFit fit, List<MechanismShift> trajectory,
		List<Section> sections, List<ItemRow> kept, boolean canWork, boolean canShift) {

	/** One checklist: its template version (with the seed it cites), completion and grouped items. */
	public record Section(ChecklistKind kind, ChecklistTemplate template, ChecklistCompletion completion,
			List<Group> groups, int notYetApplicable) {
	}

	/** The paper's category, e.g. one alignment practice or one lifecycle stage. */
	public record Group(String key, String label, String meaning, List<ItemRow> rows) {

		static Group of(ChecklistKind kind, String key, List<ItemRow> rows) {
			DomainTerm term = kind.group(key);
			return new Group(key, kind.groupLabel(key), term == null ? null : term.meaning(), rows);
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
