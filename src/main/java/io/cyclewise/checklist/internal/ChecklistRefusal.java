package io.cyclewise.checklist.internal;

import io.cyclewise.shared.ConflictException;
import io.cyclewise.shared.DomainTerm;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A well-formed request the checklist cannot accept (e.g. an item of a later stage): nothing is stored; a page shows
 * it inline, the API answers 409. The message is a code of the checklist bundle.
 */
public class ChecklistRefusal extends ConflictException {

	ChecklistRefusal(String code, Object... arguments) {
		super(code, arguments);
	}

	/** A domain term as a message argument, so it is said in the reader's language. */
	static MessageSourceResolvable term(DomainTerm term) {
		return new DefaultMessageSourceResolvable(term.labelCode());
	}
}
