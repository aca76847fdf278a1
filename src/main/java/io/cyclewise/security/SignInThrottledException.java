package io.cyclewise.security;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused before the password was checked; the message says why and for how long, in plain English. */
public class SignInThrottledException extends LockedException {

	SignInThrottledException(String message) {
		super(message);
	}
}
