package io.cyclewise.checklist;

/** One checklist of one initiative: applicable items, met ones, open ones (not met, partly met or not assessed). */
public record ChecklistCompletion(ChecklistKind kind, long met, long applicable, long open) {

	/** E.g. "5/8". */
	public String label() {
		return met + "/" + applicable;
	}
}
