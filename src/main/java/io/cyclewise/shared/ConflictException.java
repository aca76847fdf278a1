package io.cyclewise.shared;

/** The request makes no sense for the record as it stands now (e.g. deciding a gate already decided): 409. */
public class ConflictException extends DomainException {

	public ConflictException(String code, Object... arguments) {
		super(code, arguments);
	}
}
