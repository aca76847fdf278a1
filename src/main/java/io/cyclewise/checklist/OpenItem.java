package io.cyclewise.checklist;

/** An applicable item still open, for the initiative page's summary; a null status means "not assessed yet". */
public record OpenItem(ChecklistKind kind, String group, String text, AnswerStatus status) {

	public String badgeClass() {
		return ItemRow.badgeClass(status);
	}
}
