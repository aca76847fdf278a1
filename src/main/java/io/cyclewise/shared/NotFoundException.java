package io.cyclewise.shared;

/** The record asked for does not exist (or is not visible to this person): 404. */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, Object... arguments) {
		super(code, arguments);
	}
}
