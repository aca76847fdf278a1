package io.cyclewise.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A page view within the precision records no new access; a later one does, so the timeout stays exact to it. */
class ThrottledSessionRepositoryTest {

	private final Instant start = Instant.parse("2026-11-26T09:00:00Z");

	@Test
	void recordsAnAccessOnlyOncePerPrecision() {
		MapSession stored = new MapSession();
		stored.setLastAccessedTime(start);
		var session = new ThrottledSessionRepository.ThrottledSession<>(stored, Duration.ofMinutes(1));

		session.setLastAccessedTime(start.plusSeconds(59));
		assertThat(stored.getLastAccessedTime()).isEqualTo(start);

		session.setLastAccessedTime(start.plusSeconds(60));
		assertThat(stored.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
	}

	@Test
	void attributesPassThrough() {
		MapSession stored = new MapSession();
		var session = new ThrottledSessionRepository.ThrottledSession<>(stored, Duration.ofMinutes(1));
		session.setAttribute("answer", 42);
		assertThat((Integer) stored.getAttribute("answer")).isEqualTo(42);
		session.removeAttribute("answer");
		assertThat(session.getAttributeNames()).isEmpty();
		assertThat(session.getId()).isEqualTo(stored.getId());
	}
}
