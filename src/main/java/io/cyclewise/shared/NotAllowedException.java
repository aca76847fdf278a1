package io.cyclewise.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal for this person's role or relation to the record (403), said in their language. An
 * {@link AccessDeniedException}, so Spring Security's handling (sign-in page, 403 page) stays as it is.
 */
public class NotAllowedException extends AccessDeniedException implements MessageSourceResolvable {

	private final String code;

	private final transient Object[] arguments;

	public NotAllowedException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments;
	}
}
