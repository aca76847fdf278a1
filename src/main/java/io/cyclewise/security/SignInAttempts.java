package io.cyclewise.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins from Spring Security's authentication events: a wrong password (or an unknown username, which Spring
 * Security reports the same way) is a failure, a sign-in a success.
 */
@Component
class SignInAttempts {

	private final SignInThrottle throttle;

	SignInAttempts(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		throttle.failed(event.getAuthentication().getName(), clientAddress(event.getAuthentication()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName(), clientAddress(event.getAuthentication()));
	}

	/**
	 * The address the request came from. Behind a proxy or load balancer, set {@code server.forward-headers-strategy}
	 * so that this is the client's and not the proxy's (otherwise all clients share one address limit).
	 */
	static String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}
}
