package io.cyclewise.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The back-off rule and the wording, without Spring. */
class SignInThrottleTest {

	@Test
	void fiveFailuresAreFreeThenTheLockDoublesUpToFifteenMinutes() {
		Duration first = Duration.ofMinutes(1);
		Duration max = Duration.ofMinutes(15);
		assertThat(SignInThrottle.lockAfter(1, 5, first, max)).isZero();
		assertThat(SignInThrottle.lockAfter(4, 5, first, max)).isZero();
		assertThat(SignInThrottle.lockAfter(5, 5, first, max)).isEqualTo(Duration.ofMinutes(1));
		assertThat(SignInThrottle.lockAfter(6, 5, first, max)).isEqualTo(Duration.ofMinutes(2));
		assertThat(SignInThrottle.lockAfter(8, 5, first, max)).isEqualTo(Duration.ofMinutes(8));
		assertThat(SignInThrottle.lockAfter(9, 5, first, max)).isEqualTo(max);
		assertThat(SignInThrottle.lockAfter(1_000, 5, first, max)).isEqualTo(max);
	}

	@Test
	void waitsAreSaidInWholeMinutesRoundedUp() {
		assertThat(SignInThrottle.inMinutes(0)).isEqualTo("1 minute");
		assertThat(SignInThrottle.inMinutes(60)).isEqualTo("1 minute");
		assertThat(SignInThrottle.inMinutes(61)).isEqualTo("2 minutes");
		assertThat(SignInThrottle.inMinutes(900)).isEqualTo("15 minutes");
	}

	@Test
	void accountsAreTheTypedUsernameLowerCasedAndCut() {
		assertThat(SignInThrottle.account("  Lead ")).isEqualTo("lead");
		assertThat(SignInThrottle.account(null)).isEmpty();
		assertThat(SignInThrottle.account("eve\nFAKE LOG LINE")).isEqualTo("eve?fake log line");
		assertThat(SignInThrottle.account("x".repeat(5_000))).hasSize(SignInThrottle.MAX_ACCOUNT_LENGTH);
	}
}
