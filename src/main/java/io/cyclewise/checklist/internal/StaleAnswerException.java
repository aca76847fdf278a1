package io.cyclewise.checklist.internal;

/** Someone stored another answer after the person loaded the item: nothing is saved, both versions are shown. */
class StaleAnswerException extends RuntimeException {

	private final transient ChecklistAnswer current;

	StaleAnswerException(ChecklistAnswer current) {
		super("Changed by " + (current == null ? "someone else" : current.getChangedBy()) + " meanwhile");
		this.current = current;
	}

	/** The stored answer now, or null if it could not be read (a concurrent first answer). */
	ChecklistAnswer getCurrent() {
		return current;
	}
}
