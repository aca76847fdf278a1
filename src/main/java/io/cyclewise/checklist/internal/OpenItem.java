package io.cyclewise.checklist.internal;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;

/** An applicable item still open, for the initiative page's summary; a null status means "not assessed yet". */
public record OpenItem(ChecklistKind kind, String group, String text, AnswerStatus status) {

	public String badgeClass() {
		return ItemRow.badgeClass(status);
	}
}
