package io.cyclewise.risk.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.cyclewise.risk.RiskEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes marked initiatives in chunks: claim up to {@code chunk-size} marks (a short transaction of its own,
 * {@code SKIP LOCKED}), then in one transaction recompute their flags and rollup rows and delete the marks that were
 * not marked again meanwhile. Marking never waits for a chunk in progress. Runs on its own
 * bounded threads, woken after every marking commit and by a heartbeat (marks made by other app instances, marks
 * left by a crash, backed-off failures). Several threads and several instances share the work safely.
 */
@Component
class RecomputationWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RecomputationWorker.class);

	private final RecomputationQueue queue;
	private final RiskEngine engine;
	private final TransactionTemplate transaction;
	private final int threads;
	private final int chunkSize;
	private final Duration heartbeat;
	private final Counter recomputed;

	private final AtomicInteger running = new AtomicInteger();
	private final AtomicBoolean requested = new AtomicBoolean();
	private volatile boolean stopping = true;
	private ExecutorService workers;
	private ScheduledExecutorService heartbeats;

	RecomputationWorker(RecomputationQueue queue, RiskEngine engine, TransactionTemplate transaction,
			@Value("${cyclewise.risk.worker.threads:2}") int threads,
			@Value("${cyclewise.risk.worker.chunk-size:100}") int chunkSize,
			@Value("${cyclewise.risk.worker.heartbeat:2s}") Duration heartbeat, MeterRegistry meters) {
		this.queue = queue;
		this.engine = engine;
		this.transaction = transaction;
		this.threads = threads;
		this.chunkSize = chunkSize;
		this.heartbeat = heartbeat;
		this.recomputed = Counter.builder("cyclewise.risk.recomputations")
			.description("Initiatives whose flags the background worker recomputed").register(meters);
		queue.afterMarking(this::wake);
	}

	/** Starts a drain on a free thread, if any; a drain that is about to end sees the request and goes on. */
	void wake() {
		requested.set(true);
		if (stopping) {
			return;
		}
		int now = running.get();
		if (now < threads && running.compareAndSet(now, now + 1)) {
			try {
				workers.execute(this::drain);
			}
			catch (RuntimeException rejected) {
				running.decrementAndGet();
			}
		}
	}

	private void drain() {
		try {
			do {
				requested.set(false);
				while (!stopping && processChunk() > 0) {
					// the next chunk
				}
			}
			while (!stopping && requested.get());
		}
		catch (DataAccessResourceFailureException | CannotCreateTransactionException databaseAway) {
			// Every heartbeat tries again; one line each, not a stack trace every 2 s while PostgreSQL is away.
			log.warn("Recomputing flags paused, the database cannot be reached: {}", databaseAway.getMessage());
		}
		catch (RuntimeException unexpected) {
			log.error("Recomputing flags stopped for now; the marks remain and are taken up again.", unexpected);
		}
		finally {
			running.decrementAndGet();
		}
		if (requested.get()) {
			wake();
		}
	}

	/** @return how many initiatives were taken (0 when nothing is due) */
	int processChunk() {
		List<RecomputationQueue.Claim> claims = queue.claim(chunkSize);
		if (claims.isEmpty()) {
			return 0;
		}
		List<Long> taken = claims.stream().map(RecomputationQueue.Claim::initiativeId).toList();
		try {
			transaction.executeWithoutResult(status -> {
				engine.recompute(taken);
				queue.done(claims);
			});
			recomputed.increment(taken.size());
		}
		catch (RuntimeException chunkFailed) {
			// One initiative's bad data must not hold back the others: retry them one by one.
			log.warn("A chunk of {} recomputations failed ({}); retrying them one by one.", taken.size(), chunkFailed.toString());
			queue.release(taken);
			taken.forEach(this::processOne);
		}
		return taken.size();
	}

	private void processOne(long initiativeId) {
		try {
			List<RecomputationQueue.Claim> claim = queue.claimOne(initiativeId);
			if (claim.isEmpty()) {
				return;
			}
			transaction.executeWithoutResult(status -> {
				engine.recompute(List.of(initiativeId));
				queue.done(claim);
			});
			recomputed.increment();
		}
		catch (RuntimeException failed) {
			log.warn("Recomputing the flags of initiative {} failed; it stays marked and is tried again later.",
					initiativeId, failed);
			queue.failed(initiativeId, failed.toString());
		}
	}

	@Override
	public void start() {
		stopping = false;
		workers = Executors.newFixedThreadPool(threads, daemonThreads("recompute-"));
		heartbeats = Executors.newSingleThreadScheduledExecutor(daemonThreads("recompute-heartbeat-"));
		heartbeats.scheduleWithFixedDelay(this::wake, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Daemon threads: an interrupted chunk rolls back and its marks stay, so nothing must hold the JVM open. */
	private static CustomizableThreadFactory daemonThreads(String prefix) {
		CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
		factory.setDaemon(true);
		return factory;
	}

	@Override
	public void stop() {
		stopping = true;
		heartbeats.shutdownNow();
		workers.shutdown();
		try {
			// A chunk in progress either commits or rolls back; its marks stay until it committed.
			workers.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return !stopping;
	}

	/** Start after everything else (Flyway, the DataSource, listeners); stop first. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}
}
