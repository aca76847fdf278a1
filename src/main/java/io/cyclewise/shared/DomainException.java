package io.cyclewise.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal of the domain, said in the person's language: a message code of the feature's bundle
 * ({@code i18n/<module>.properties}) and its arguments. Services throw the subclasses; {@link DomainExceptionHandling}
 * is the one place that turns them into statuses, so no service knows about HTTP.
 */
public abstract class DomainException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final transient Object[] arguments;

	protected DomainException(String code, Object... arguments) {
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

	public String code() {
		return code;
	}
}
