package io.cyclewise.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token buckets alone: a token's minute allowance, then a wait; tokens and addresses counted apart. */
class ApiRateLimitsTest {

	@Test
	void aTokenMayUseItsMinuteAllowanceAtOnceThenWaits() {
		ApiRateLimits limits = new ApiRateLimits(3, 2);
		assertThat(limits.call(1)).isEmpty();
		assertThat(limits.call(1)).isEmpty();
		assertThat(limits.call(1)).isEmpty();
		assertThat(limits.call(1).getAsLong()).isBetween(1L, 60L);
		assertThat(limits.call(2)).isEmpty();
	}

	@Test
	void anAddressIsRefusedAfterItsFailures() {
		ApiRateLimits limits = new ApiRateLimits(100, 2);
		assertThat(limits.mayTry("a")).isEmpty();
		limits.failed("a");
		assertThat(limits.mayTry("a")).isEmpty();
		limits.failed("a");
		assertThat(limits.mayTry("a")).isPresent();
		assertThat(limits.mayTry("b")).isEmpty();
	}
}
