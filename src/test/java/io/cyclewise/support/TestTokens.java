package io.cyclewise.support;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;

/**
 * Tokens a test class makes once and revokes when it is done, so that the demo users stay below the limit of
 * active tokens per owner however many API tests run in one JVM.
 */
public final class TestTokens {

	private final PersonalAccessTokens tokens;

	/** Secret → owner. */
	private final Map<String, String> created = new LinkedHashMap<>();

	public TestTokens(PersonalAccessTokens tokens) {
		this.tokens = tokens;
	}

	public String create(String owner, TokenAccess access) {
		String secret = Api.token(tokens, owner, access);
		created.put(secret, owner);
		return secret;
	}

	public void revokeAll() {
		created.forEach((secret, owner) -> tokens.of(owner).stream()
			.filter(view -> view.revokedAt() == null && secret.startsWith(view.secretPrefix()))
			.forEach(view -> tokens.revoke(owner, view.id())));
		created.clear();
	}
}
