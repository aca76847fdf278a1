package io.cyclewise.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.ValueCreationMechanism;

/**
 * An initiative's checklists in the API, as the checklists page shows them: each current checklist with its
 * applicable items and their answers, and answers kept from items that no longer apply (read-only).
 */
public record ChecklistResource(long initiativeId, ValueCreationMechanism mechanism, boolean canWork,
		List<Checklist> checklists, List<Item> kept) {

	/** One checklist (template version) with its completion. */
	public record Checklist(ChecklistKind kind, String title, int templateVersion, boolean notApplicableAllowed,
			long met, long applicable, long open, int notYetApplicable, List<Item> items) {
	}

	/**
	 * One item. {@code necessaryCondition} and {@code requiredFrom} only for the mechanism conditions; {@code version}
	 * is what an answer sends back as {@code seenVersion} (-1 while unanswered).
	 */
	public record Item(long itemId, ChecklistKind kind, String itemKey, String group, String groupLabel, String text,
			String guidance, NecessaryCondition necessaryCondition, MechanismType requiredFrom, boolean applicable,
			String earlierWording, Answer answer, long version) {
	}

	/**
	 * The current answer with its evidence: who answered it when, and its version. {@code reassessSince} and
	 * {@code reassessReason} (the context change's title) are set while a change in the external environment has
	 * put the answer to reassess; answering the item again clears them.
	 */
	public record Answer(long id, AnswerStatus status, String notApplicableReason, String note, List<String> links,
			long answeredToItemId, String answeredBy, Instant answeredAt, long version, LocalDate reassessSince,
			String reassessReason) {
	}

	/** What storing an answer did (SAVED, UNCHANGED, ALREADY_SAVED: a repeat of a stored answer), and the item now. */
	public record AnswerResult(ChecklistService.Outcome outcome, Item item) {
	}
}
