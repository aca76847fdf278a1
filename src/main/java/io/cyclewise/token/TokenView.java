package io.cyclewise.token;

import java.time.Instant;

/** A token as its owner sees it in the list: never the secret, only its first characters. */
public record TokenView(long id, String name, String secretPrefix, TokenAccess access, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt, boolean valid) {

	static TokenView of(PersonalAccessToken token, Instant now) {
		return new TokenView(token.getId(), token.getName(), token.getSecretPrefix(), token.getAccess(),
				token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt(),
				token.isValidAt(now));
	}

	public String status() {
		return revokedAt != null ? "Revoked" : valid ? "Active" : "Expired";
	}
}
