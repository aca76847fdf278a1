package io.cyclewise.token;

import io.cyclewise.shared.ConflictException;

/** The owner has as many active tokens as allowed; one must be revoked (or expire) first. */
public class TooManyTokensException extends ConflictException {

	TooManyTokensException(int limit) {
		super("token.tooMany", limit);
	}
}
