package io.cyclewise.security;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused before the password was checked; the message says why and for how long, in plain English. */
public class SignInThrottledException extends LockedException {

	/** Serializable: the exception is kept in the (JDBC) session until the sign-in page shows it. */
	private final DefaultMessageSourceResolvable reason;

	SignInThrottledException(DefaultMessageSourceResolvable reason) {
		super(reason.getDefaultMessage());
		this.reason = reason;
	}

	/** Why, and for how long, in any language. */
	public MessageSourceResolvable reason() {
		return reason;
	}
}
