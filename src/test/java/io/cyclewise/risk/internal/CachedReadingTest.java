package io.cyclewise.risk.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a scrape gets from a gauge's reading: cached within the interval, empty (not an exception) after a failure. */
class CachedReadingTest {

	final AtomicLong now = new AtomicLong();
	final AtomicInteger reads = new AtomicInteger();
	volatile boolean databaseAway;

	final CachedReading<Integer> reading = new CachedReading<>("a test count", () -> {
		reads.incrementAndGet();
		if (databaseAway) {
			throw new IllegalStateException("Connection refused");
		}
		return 40 + reads.get();
	}, Duration.ofSeconds(30), now::get);

	@Test
	void readsAtMostOncePerInterval() {
		assertThat(reading.get()).contains(41);
		now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(reading.get()).contains(41);
		assertThat(reads).hasValue(1);
		now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(reading.get()).contains(42);
		assertThat(reads).hasValue(2);
	}

	@Test
	void aFailedReadIsEmptyAndRetriedOnlyAfterTheInterval() {
		assertThat(reading.get()).contains(41);
		databaseAway = true;
		now.addAndGet(Duration.ofSeconds(30).toNanos());
		assertThat(reading.get()).isEmpty();
		now.addAndGet(Duration.ofSeconds(10).toNanos());
		assertThat(reading.get()).isEmpty();
		assertThat(reads).as("no new attempt within the interval after a failure").hasValue(2);
		databaseAway = false;
		now.addAndGet(Duration.ofSeconds(20).toNanos());
		assertThat(reading.get()).contains(43);
	}

	@Test
	void theIntervalCountsFromTheEndOfASlowFailure() {
		CachedReading<Integer> slow = new CachedReading<>("a slow count", () -> {
			reads.incrementAndGet();
			now.addAndGet(Duration.ofSeconds(3).toNanos()); // the pool's connection timeout
			throw new IllegalStateException("Connection is not available, request timed out after 3000ms");
		}, Duration.ofSeconds(1), now::get);
		assertThat(slow.get()).isEmpty();
		assertThat(slow.get()).isEmpty();
		assertThat(reads).as("the second gauge of one scrape does not wait for the database again").hasValue(1);
	}
}
