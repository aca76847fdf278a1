package io.cyclewise.notification.internal;

import java.time.Duration;

/**
 * When a failed e-mail is tried again: after the first failure {@code firstRetry}, doubling with every further
 * failure up to {@code longestWait}; after {@code maxAttempts} attempts it is given up (FAILED, still in the inbox).
 */
record RetryPolicy(Duration firstRetry, Duration longestWait, int maxAttempts) {

	RetryPolicy {
		if (firstRetry.isNegative() || longestWait.compareTo(firstRetry) < 0 || maxAttempts < 1) {
			throw new IllegalArgumentException("A retry policy needs 0 <= first retry <= longest wait and at least one attempt");
		}
	}

	/** @param attempts attempts made so far, including the one that just failed (1 or more) */
	Duration waitAfter(int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 30);
		Duration wait = firstRetry.multipliedBy(1L << doublings);
		return wait.compareTo(longestWait) > 0 || wait.isNegative() ? longestWait : wait;
	}

	boolean givesUpAfter(int attempts) {
		return attempts >= maxAttempts;
	}
}
