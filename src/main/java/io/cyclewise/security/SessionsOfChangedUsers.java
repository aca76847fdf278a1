package io.cyclewise.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.cyclewise.user.UserAccessChanged;

/**
 * When an administrator changes someone's roles or disables them, every session that person has open ends as soon as
 * the change commits (in every instance: sessions live in PostgreSQL). Their next request goes to the sign-in page,
 * and signing in again loads the new roles, or is refused for a disabled person.
 * <p>
 * Runs synchronously after the commit, so the administrator's page answers only once the sessions are gone. Spring
 * Modulith keeps the event in its publication registry until this has run; should deleting fail (the database away
 * just then), the publication stays incomplete and {@code EventRedelivery} runs it again.
 */
@Component
class SessionsOfChangedUsers {

	private static final Logger log = LoggerFactory.getLogger(SessionsOfChangedUsers.class);

	private final JdbcIndexedSessionRepository sessions;

	SessionsOfChangedUsers(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(UserAccessChanged event) {
		var open = sessions.findByPrincipalName(event.username());
		open.keySet().forEach(sessions::deleteById);
		log.info("Access of '{}' changed: ended {} open session(s).", event.username(), open.size());
	}
}
