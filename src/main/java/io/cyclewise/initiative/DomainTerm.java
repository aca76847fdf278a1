package io.cyclewise.initiative;

/** A value from the domain brief with the words the UI shows for it. */
public interface DomainTerm {

	String name();

	/** Short name as the papers use it. */
	String label();

	/** One or two sentences in the paper's words. */
	String meaning();
}
