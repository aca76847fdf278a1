package io.cyclewise.risk.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read from the database at most once per interval, for gauges: Prometheus may scrape every few seconds,
 * from several servers, and a scrape must neither load the database nor fail. A failed read (say PostgreSQL is away)
 * is empty until the next attempt, which again waits for the interval, so an outage costs one connection timeout
 * per interval instead of one per scrape; the gauge then shows NaN ("unknown") rather than an outdated number.
 */
final class CachedReading<T> {

	private static final Logger log = LoggerFactory.getLogger(CachedReading.class);

	private final String what;
	private final Supplier<T> source;
	private final long intervalNanos;
	private final LongSupplier nanoTime;

	private T value;
	private boolean attempted;
	private long attemptedAt;

	CachedReading(String what, Supplier<T> source, Duration interval) {
		this(what, source, interval, System::nanoTime);
	}

	CachedReading(String what, Supplier<T> source, Duration interval, LongSupplier nanoTime) {
		this.what = what;
		this.source = source;
		this.intervalNanos = interval.toNanos();
		this.nanoTime = nanoTime;
	}

	/** Synchronized: concurrent scrapes wait for one read instead of each starting its own. */
	synchronized Optional<T> get() {
		if (!attempted || nanoTime.getAsLong() - attemptedAt >= intervalNanos) {
			try {
				value = source.get();
			}
			catch (RuntimeException failure) {
				value = null;
				log.warn("Could not read {} for the metrics: {}", what, failure.toString());
			}
			// From the end of the attempt: a failure may take longer than the interval (the pool's connection timeout).
			attempted = true;
			attemptedAt = nanoTime.getAsLong();
		}
		return Optional.ofNullable(value);
	}
}
