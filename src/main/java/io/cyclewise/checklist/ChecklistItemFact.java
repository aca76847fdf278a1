package io.cyclewise.checklist;

/**
 * One applicable checklist item of one initiative with its current answer, for other modules (the gates):
 * a null status means "not assessed yet"; the evidence joins the not-applicable reason, the note and the links.
 */
public record ChecklistItemFact(long templateItemId, String itemKey, String groupKey, String text, AnswerStatus status,
		String evidence, boolean toReassess) {
}
