package io.cyclewise.report.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Generates requested board reports one at a time on its own thread (a request never waits for one), woken after
 * each request and by a heartbeat (requests made on other instances, runs left by a crash). Claims make it safe with
 * several instances. Now and then it deletes old runs: finished ones after {@code keep}, and all but each person's
 * newest {@code keep-per-person}.
 */
@Component
class BoardReportWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BoardReportWorker.class);

	private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(10);

	private final ReportRuns runs;
	private final BoardReportBuilder builder;
	private final Duration heartbeat;
	private final Duration keep;
	private final int keepPerPerson;
	private volatile boolean stopping = true;
	private volatile long lastCleanUp;
	private ScheduledExecutorService worker;

	BoardReportWorker(ReportRuns runs, BoardReportBuilder builder,
			@Value("${cyclewise.report.worker.heartbeat:2s}") Duration heartbeat,
			@Value("${cyclewise.report.keep:30d}") Duration keep,
			@Value("${cyclewise.report.keep-per-person:20}") int keepPerPerson) {
		this.runs = runs;
		this.builder = builder;
		this.heartbeat = heartbeat;
		this.keep = keep;
		this.keepPerPerson = keepPerPerson;
	}

	void wake() {
		if (!stopping) {
			try {
				worker.execute(this::drain);
			}
			catch (RuntimeException rejected) {
				// Stopping: the run stays queued and is taken up after the next start.
			}
		}
	}

	private void drain() {
		try {
			cleanUpNowAndThen();
			while (!stopping) {
				var claimed = runs.claim();
				if (claimed.isEmpty()) {
					return;
				}
				generate(claimed.get());
			}
		}
		catch (RuntimeException unexpected) {
			log.warn("Generating board reports paused ({}); the heartbeat tries again.", unexpected.toString());
		}
	}

	private void generate(ReportRun run) {
		long started = System.nanoTime();
		try {
			int initiatives = builder.build(run, () -> stopping);
			log.info("Board report {} ({} initiatives) generated in {} ms.", run.id(), initiatives,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (BoardReportBuilder.Interrupted stopped) {
			log.info("Board report {} interrupted by the shutdown; it is taken up again later.", run.id());
		}
		catch (RuntimeException failed) {
			if (stopping) {
				// The database or the context is going away with the app: the claim expires and the run is retried.
				log.info("Board report {} interrupted by the shutdown ({}).", run.id(), failed.toString());
				return;
			}
			log.warn("Board report {} failed.", run.id(), failed);
			runs.fail(run.id(), "The report could not be generated (" + failed.getClass().getSimpleName()
					+ "). Request it again; if it fails again, tell an administrator.");
		}
	}

	private void cleanUpNowAndThen() {
		long now = System.nanoTime();
		if (lastCleanUp == 0 || now - lastCleanUp > CLEAN_UP_EVERY.toNanos()) {
			lastCleanUp = now;
			int deleted = runs.cleanUp(keep, keepPerPerson);
			if (deleted > 0) {
				log.info("Deleted {} old board report(s).", deleted);
			}
		}
	}

	@Override
	public void start() {
		stopping = false;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("board-report-");
		threads.setDaemon(true);
		worker = Executors.newSingleThreadScheduledExecutor(threads);
		worker.scheduleWithFixedDelay(this::drain, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		stopping = true;
		worker.shutdownNow();
		try {
			worker.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return !stopping;
	}

	/** After everything else (Flyway, the DataSource); stop first. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}
}
