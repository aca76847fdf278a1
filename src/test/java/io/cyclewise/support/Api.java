package io.cyclewise.support;

import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import io.cyclewise.token.TokenForm;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** API calls in tests: real personal access tokens, sent as a bearer header, from an address of the test's own. */
public final class Api {

	private Api() {
	}

	public static String token(PersonalAccessTokens tokens, String owner, TokenAccess access) {
		TokenForm form = new TokenForm();
		form.setName("test " + access + " " + System.nanoTime());
		form.setAccess(access);
		form.setValidForDays(30);
		return tokens.create(owner, form);
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
