package io.cyclewise.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks {@link SignInThrottle} before the password: a throttled account or address is refused with
 * {@link SignInThrottledException} (an account-status exception, so the provider manager does not try further and
 * no failed attempt is counted). Failures and successes are counted from Spring Security's authentication events
 * ({@link SignInAttempts}).
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String address = SignInAttempts.clientAddress(authentication);
		var refusal = throttle.refusal(authentication.getName(), address);
		if (refusal.isPresent()) {
			throttle.refused(authentication.getName(), address);
			throw new SignInThrottledException(refusal.get());
		}
		return passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}
}
