package io.cyclewise.audit.internal;

import io.cyclewise.audit.AuditAction;


import java.util.stream.Collectors;

import io.cyclewise.checklist.ChecklistTemplatePublished;
import io.cyclewise.risk.RiskThresholdsChanged;
import io.cyclewise.token.TokenCreated;
import io.cyclewise.token.TokenRevoked;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserAccessChanged;
import io.cyclewise.user.UserCreated;
import io.cyclewise.user.UserDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns sign-ins and administrative changes into audit entries. The listeners are synchronous on purpose: an
 * administrative change is published inside the transaction that stores it, so its entry is written in that same
 * transaction (both commit or neither; no entry can be lost between the change and an asynchronous listener), and
 * the person who made the change and their address are still at hand. Sign-ins are published outside any
 * transaction; their entry is then a short transaction of its own. Only the form sign-in publishes these events:
 * API calls with a token are not sign-ins and are not logged one by one.
 */
@Component
class AuditRecorder {

	private final AuditLog log;
	private final UserDirectory users;

	AuditRecorder(AuditLog log, UserDirectory users) {
		this.log = log;
		this.users = users;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		log.record(AuditAction.SIGN_IN_SUCCEEDED, authentication.getName(), authentication.getName(), null,
				address(authentication));
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String reason = event.getException() instanceof BadCredentialsException ? "Wrong username or password."
				: event.getException() instanceof DisabledException ? "The account is disabled."
				: event.getException().getMessage();
		log.record(AuditAction.SIGN_IN_FAILED, attempt.getName(), attempt.getName(), reason, address(attempt));
	}

	@EventListener
	void userCreated(UserCreated event) {
		log.record(AuditAction.USER_CREATED, currentActor(), event.username(), "Roles: " + roles(event.roles()) + ".",
				requestAddress());
	}

	@EventListener
	void accessChanged(UserAccessChanged event) {
		String now = users.findByUsername(event.username())
			.map(user -> "Roles now: " + roles(user.getRoles()) + "; sign-in " + (user.isEnabled() ? "allowed" : "disabled")
					+ ".")
			.orElse(null);
		log.record(AuditAction.ACCESS_CHANGED, currentActor(), event.username(), now, requestAddress());
	}

	@EventListener
	void tokenCreated(TokenCreated event) {
		log.record(AuditAction.TOKEN_CREATED, event.owner(), event.name(),
				"Access: " + event.access().name() + "; valid until " + event.expiresAt() + ".", requestAddress());
	}

	@EventListener
	void tokenRevoked(TokenRevoked event) {
		log.record(AuditAction.TOKEN_REVOKED, event.owner(), event.name(), "Token " + event.tokenId() + ".",
				requestAddress());
	}

	@EventListener
	void thresholdsChanged(RiskThresholdsChanged event) {
		log.record(AuditAction.THRESHOLDS_CHANGED, event.changedBy(), "Risk thresholds",
				String.join("; ", event.changes()) + ".", requestAddress());
	}

	@EventListener
	void templatePublished(ChecklistTemplatePublished event) {
		log.record(AuditAction.TEMPLATE_PUBLISHED, event.publishedBy(), event.kind().name(),
				"Version " + event.version() + " published.", requestAddress());
	}

	private static String roles(java.util.Set<Role> roles) {
		return roles.isEmpty() ? "none" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: requestAddress();
	}

	/** The client's address (behind a proxy, with {@code server.forward-headers-strategy} set); none outside a request. */
	private static String requestAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
