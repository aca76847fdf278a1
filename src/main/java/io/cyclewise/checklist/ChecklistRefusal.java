package io.cyclewise.checklist;

/** A well-formed request the checklist cannot accept (e.g. an item of a later stage); shown inline, nothing stored. */
class ChecklistRefusal extends RuntimeException {

	ChecklistRefusal(String message) {
		super(message);
	}
}
