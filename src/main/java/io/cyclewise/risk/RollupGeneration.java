package io.cyclewise.risk;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which version of the dashboard's read model is current: {@code risk_rollup_generation} moves on after every
 * commit of recomputed initiatives. Caches of aggregates key on it. This instance learns its own commits at once;
 * those of other app instances on the same database it reads at most once a second, instead of on every request.
 */
@Component
public class RollupGeneration {

	private static final long REREAD_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final JdbcClient jdbc;
	private final AtomicLong generation = new AtomicLong(-1);
	private volatile long readAt = System.nanoTime() - REREAD_NANOS;

	RollupGeneration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		long now = System.nanoTime();
		if (now - readAt >= REREAD_NANOS) {
			readAt = now;
			advancedTo(jdbc.sql("SELECT last_value FROM risk_rollup_generation").query(Long.class).single());
		}
		return generation.get();
	}

	/** After this instance committed recomputed initiatives. */
	/** For the risk module's rollup only (public because that lives in a sub-package). */
	public void advance() {
		advancedTo(jdbc.sql("SELECT nextval('risk_rollup_generation')").query(Long.class).single());
	}

	private void advancedTo(long value) {
		generation.accumulateAndGet(value, Math::max);
	}
}
