package io.cyclewise.support;

import java.util.List;

import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import io.cyclewise.token.NewToken;
import io.cyclewise.token.TokenView;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** API calls in tests: real personal access tokens, sent as a bearer header, from an address of the test's own. */
public final class Api {

	private Api() {
	}

	/**
	 * A new token of the owner. Many test classes share one database, so the owner's oldest active tokens are revoked
	 * first when there are 10 or more (the portal allows 20 per owner).
	 */
	public static String token(PersonalAccessTokens tokens, String owner, TokenAccess access) {
		List<TokenView> active = tokens.of(owner).stream().filter(TokenView::valid).toList();
		for (int index = active.size() - 1; index >= 9; index--) {
			tokens.revoke(owner, active.get(index).id());
		}
		return tokens.create(owner, new NewToken("test " + access + " " + System.nanoTime(), access, 30));
	}

	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	/** Rate limits count per client address; a test that trips one uses an address of its own. */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
