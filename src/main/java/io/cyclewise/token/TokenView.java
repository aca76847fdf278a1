package io.cyclewise.token;

import java.time.Instant;

import io.cyclewise.token.internal.PersonalAccessToken;

/** A token as its owner sees it in the list: never the secret, only its first characters. */
public record TokenView(long id, String name, String secretPrefix, TokenAccess access, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt, boolean valid) {

	static TokenView of(PersonalAccessToken token, Instant now) {
		return new TokenView(token.getId(), token.getName(), token.getSecretPrefix(), token.getAccess(),
				token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt(),
				token.isValidAt(now));
	}

	/** The status's message code under {@code token.status.}. */
	public String statusCode() {
		return revokedAt != null ? "revoked" : valid ? "active" : "expired";
	}
}
