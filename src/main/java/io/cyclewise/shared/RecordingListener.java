package io.cyclewise.shared;

import java.time.Clock;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fills in {@link Recorded} and {@link Changed} columns the caller left unset. A Spring bean (Hibernate asks Spring
 * for entity listeners), so "now" is the portal's {@link Clock} and tests that pin it see it here too.
 */
@Component
class RecordingListener {

	/** Work no person started (scheduled scans, event listeners) is recorded as the portal's own. */
	static final String PORTAL = "portal";

	private final Clock clock;

	RecordingListener(Clock clock) {
		this.clock = clock;
	}

	@PrePersist
	@PreUpdate
	void stamp(Object entity) {
		if (entity instanceof Recorded recorded) {
			recorded.stampIfUnset(currentPerson(), clock.instant());
		}
		if (entity instanceof Changed changed) {
			changed.stampIfUnset(currentPerson(), clock.instant());
		}
	}

	private static String currentPerson() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? PORTAL : authentication.getName();
	}
}
