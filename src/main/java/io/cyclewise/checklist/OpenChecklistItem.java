package io.cyclewise.checklist;

/**
 * An applicable item of the alignment-practices checklist (the ML-based capability alignment study) that is not met or only partly met.
 *
 * @param itemKey stable across template versions, see {@link AlignmentPracticeItems}
 * @param text the item's wording in the current template version
 */
public record OpenChecklistItem(String itemKey, AlignmentPractice practice, String text, AnswerStatus status) {

	/** Roles, data work, user communication and the time for them: the non-technical work the ML-based capability alignment study warns about. */
	public boolean isNonTechnicalWork() {
		return AlignmentPracticeItems.isNonTechnicalWork(practice, itemKey);
	}
}
