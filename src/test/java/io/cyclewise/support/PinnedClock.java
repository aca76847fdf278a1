package io.cyclewise.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Time in tests. The portal reads "today" from its {@link Clock} bean ({@code shared.ClockConfiguration}), so a test
 * that computes an expected date asks the same clock: {@code @Autowired Clock clock; LocalDate.now(clock)} — that
 * is the default, and it keeps the test in the shared Spring context.
 * <p>
 * This class is for the two other cases:
 * <ul>
 * <li>a plain unit test (no Spring) that needs a day: {@code LocalDate.now(PinnedClock.CLOCK)} or {@link #TODAY};</li>
 * <li>a test that needs the portal itself on a known day (a weekday rule, a month end): {@code @Import(PinnedClock.class)}
 * replaces the clock bean. That test gets a Spring context (and an embedded database) of its own, so use it only where
 * the day matters; a {@code @TestConfiguration} is never picked up by component scanning, so nothing else is pinned.</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
public class PinnedClock {

	/** A Monday morning in the portal's default time zone for tests; far enough from midnight in every zone nearby. */
	public static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	public static final Clock CLOCK = Clock.fixed(NOW, ZONE);

	public static final LocalDate TODAY = LocalDate.now(CLOCK);

	@Bean
	@Primary
	Clock pinnedClock() {
		return CLOCK;
	}
}
