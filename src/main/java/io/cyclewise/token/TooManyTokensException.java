package io.cyclewise.token;

/** The owner has as many active tokens as allowed; one must be revoked (or expire) first. */
public class TooManyTokensException extends RuntimeException {

	TooManyTokensException(int limit) {
		super("You already have " + limit + " active tokens; revoke one you no longer use first.");
	}
}
