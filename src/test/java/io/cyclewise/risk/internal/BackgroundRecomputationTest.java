package io.cyclewise.risk.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.EventRedelivery;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.NewObservation;
import io.cyclewise.signal.ObservationSource;
import io.cyclewise.risk.rule.PaceMismatchRule;
import io.cyclewise.risk.RecomputationProgress;
import io.cyclewise.risk.RecomputationStatus;
import io.cyclewise.risk.RiskEngine;
import io.cyclewise.risk.RiskFlagService;
import io.cyclewise.risk.RiskFlagView;
import io.cyclewise.risk.RiskThresholdService;
import io.cyclewise.risk.Threshold;
import io.cyclewise.support.BackgroundWork;
import io.cyclewise.support.Registry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.AS_SCIENTIST;
import static io.cyclewise.support.Users.EXECUTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Portfolio-scale processing on real PostgreSQL: durable events that survive a failing listener, coalesced marks,
 * chunks claimed with SKIP LOCKED, nothing lost when a chunk dies, marks that never wait for a chunk, and a
 * threshold change during a recomputation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackgroundRecomputationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	RecomputationQueue queue;

	@Autowired
	RecomputationWorker worker;

	@Autowired
	RecomputationStatus status;

	@Autowired
	RiskEngine engine;

	@Autowired
	RiskThresholdService thresholds;

	@Autowired
	RiskFlagService flags;

	@Autowired
	MeasurementService measurements;

	@Autowired
	Registry registry;

	@Autowired
	MeterRegistry meters;

	@Autowired
	EventRedelivery redelivery;

	/** Two threads of our own: the common pool may have only one on a 2-core machine. */
	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void restore() {
		threads.shutdownNow();
		jdbc.execute("DROP TRIGGER IF EXISTS fail_once ON risk_recomputation_mark");
		if (!worker.isRunning()) {
			worker.start();
		}
		Map<Threshold, BigDecimal> defaults = new EnumMap<>(Threshold.class);
		for (Threshold threshold : Threshold.values()) {
			defaults.put(threshold, threshold.defaultValue());
		}
		thresholds.update(defaults, "admin");
		BackgroundWork.awaitDone(jdbc);
	}

	@Test
	void aListenerThatFailsIsRetriedAndItsWorkDoneOnRedelivery() {
		InitiativeSummary initiative = register("Redelivery subject");
		BackgroundWork.awaitDone(jdbc);
		// The next attempt to mark an initiative fails inside the risk module's listener (a real database error).
		jdbc.execute("CREATE SEQUENCE IF NOT EXISTS fail_once_seq");
		jdbc.execute("SELECT setval('fail_once_seq', 1, false)");
		jdbc.execute("""
				CREATE OR REPLACE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  IF nextval('fail_once_seq') = 1 THEN RAISE EXCEPTION 'injected failure for the redelivery test'; END IF;
				  RETURN NEW;
				END $$""");
		jdbc.execute("CREATE TRIGGER fail_once BEFORE INSERT ON risk_recomputation_mark FOR EACH ROW EXECUTE FUNCTION fail_once()");

		slowDown(initiative, 120);

		// The failed publication is kept, not dropped; the initiative is not marked and its flags are stale.
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> failedPublications() == 1);
		assertThat(status.isMarked(initiative.id())).isFalse();
		assertThat(openRules(initiative)).doesNotContain(PaceMismatchRule.KEY);

		redelivery.resubmit(Duration.ZERO);
		BackgroundWork.awaitDone(jdbc);
		assertThat(failedPublications()).isZero();
		assertThat(openRules(initiative)).contains(PaceMismatchRule.KEY);
	}

	@Test
	void fiftyChangesToOneInitiativeAreOneRecomputation() {
		InitiativeSummary initiative = register("Coalescing subject");
		BackgroundWork.awaitDone(jdbc);
		worker.stop();
		for (int i = 0; i < 50; i++) {
			measurements.recordObservation(initiative.id(), new NewObservation("Accuracy",
					new BigDecimal("0." + (50 + i)), true, "Region North", ObservationSource.OPERATIONAL, LocalDate.now(clock),
					null, UUID.randomUUID()), AS_SCIENTIST);
		}
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublications() == 0);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM risk_recomputation_mark WHERE initiative_id = ?", Long.class,
				initiative.id())).isEqualTo(1);

		double before = recomputations();
		worker.start();
		BackgroundWork.awaitDone(jdbc);
		// The worker counts a chunk just after its transaction committed, so the count may trail the deleted mark.
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> recomputations() - before >= 1);
		assertThat(recomputations() - before).isEqualTo(1);
	}

	@Test
	void twoWorkersNeverTakeTheSameInitiativeAndACrashedChunkLosesNothing() throws Exception {
		worker.stop();
		for (int i = 0; i < 6; i++) {
			register("Chunk subject " + i);
		}
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublications() == 0);
		Set<Long> marked = new HashSet<>(jdbc.queryForList("SELECT initiative_id FROM risk_recomputation_mark", Long.class));
		assertThat(marked).hasSizeGreaterThanOrEqualTo(6);

		// Two workers claim chunks: disjoint, and together everything due.
		List<Long> taken = new ArrayList<>(ids(queue.claim(3)));
		List<Long> second = ids(queue.claim(marked.size()));
		assertThat(taken).hasSize(3).doesNotContainAnyElementsOf(second);
		taken.addAll(second);
		assertThat(new HashSet<>(taken)).isEqualTo(marked);

		// Both die before computing: every mark is still there, and nobody takes a claimed mark before its claim ends.
		worker.start();
		sleep(1_000);
		assertThat(new HashSet<>(jdbc.queryForList("SELECT initiative_id FROM risk_recomputation_mark", Long.class)))
			.isEqualTo(marked);
		jdbc.update("UPDATE risk_recomputation_mark SET claimed_until = now() - interval '1 second'");
		worker.start();
		BackgroundWork.awaitDone(jdbc);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM risk_rollup WHERE initiative_id = ANY(?)", Long.class,
				(Object) marked.toArray(Long[]::new))).isEqualTo(marked.size());
	}

	@Test
	void aThresholdChangeDuringARecomputationEndsWithFlagsFromTheNewThresholds() throws Exception {
		InitiativeSummary initiative = register("Threshold race subject");
		slowDown(initiative, 70); // 14 vs 70 days: 5× apart, flagged at the default factor 4
		BackgroundWork.awaitDone(jdbc);
		assertThat(openRules(initiative)).contains(PaceMismatchRule.KEY);

		worker.stop();
		jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before) VALUES (?, now(), now())",
				initiative.id());
		CountDownLatch chunkComputed = new CountDownLatch(1);
		CountDownLatch thresholdsSubmitted = new CountDownLatch(1);
		// A chunk takes the initiative and computes it with the old factor, then waits before committing.
		CompletableFuture<Void> chunk = CompletableFuture.runAsync(() -> {
			List<RecomputationQueue.Claim> claims = queue.claim(10);
			assertThat(ids(claims)).containsExactly(initiative.id());
			transaction.executeWithoutResult(tx -> {
				engine.recompute(List.of(initiative.id()));
				chunkComputed.countDown();
				await(thresholdsSubmitted);
				sleep(300);
				queue.done(claims);
			});
		}, threads);
		await(chunkComputed);
		// Meanwhile an administrator raises the factor to 6: 5× apart is no longer flagged.
		CompletableFuture<Void> saved = CompletableFuture.runAsync(() -> {
			thresholdsSubmitted.countDown();
			thresholds.update(Map.of(Threshold.PACE_MISMATCH_FACTOR, new BigDecimal("6")), "admin");
		}, threads);
		chunk.get(10, TimeUnit.SECONDS);
		saved.get(10, TimeUnit.SECONDS);
		// The chunk committed flags from the old factor, but the threshold change marked the initiative again.
		assertThat(status.isMarked(initiative.id())).isTrue();
		worker.start();
		BackgroundWork.awaitDone(jdbc);
		assertThat(openRules(initiative)).doesNotContain(PaceMismatchRule.KEY);
	}

	@Test
	void aMarkDuringAChunkDoesNotWaitForItAndIsComputedAgain() throws Exception {
		InitiativeSummary initiative = register("Marked while computed");
		BackgroundWork.awaitDone(jdbc);
		worker.stop();
		jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before) VALUES (?, now(), now())",
				initiative.id());
		CountDownLatch chunkComputed = new CountDownLatch(1);
		CountDownLatch marked = new CountDownLatch(1);
		CompletableFuture<Void> chunk = CompletableFuture.runAsync(() -> {
			List<RecomputationQueue.Claim> claims = queue.claim(10);
			transaction.executeWithoutResult(tx -> {
				engine.recompute(ids(claims));
				chunkComputed.countDown();
				await(marked);
				queue.done(claims);
			});
		}, threads);
		await(chunkComputed);
		// New data arrives while the chunk is open: marking must not wait for it (it would wait forever here).
		transaction.executeWithoutResult(tx -> {
			jdbc.execute("SET LOCAL lock_timeout = '1s'");
			assertThat(queue.mark(List.of(initiative.id()), "test")).isEqualTo(1);
		});
		marked.countDown();
		chunk.get(10, TimeUnit.SECONDS);
		assertThat(status.isMarked(initiative.id())).as("marked again during the chunk: computed again").isTrue();
		worker.start();
		BackgroundWork.awaitDone(jdbc);
		assertThat(status.isMarked(initiative.id())).isFalse();
	}

	@Test
	void aDirectRecomputationWaitsForAChunkThatHoldsTheSameInitiative() throws Exception {
		InitiativeSummary initiative = register("Turn-taking subject");
		slowDown(initiative, 70); // a pace-mismatch flag will be raised
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> incompletePublications() == 0);
		worker.stop();
		jdbc.update("DELETE FROM risk_flag WHERE initiative_id = ?", initiative.id());
		jdbc.update("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before) VALUES (?, now(), now())"
				+ " ON CONFLICT DO NOTHING", initiative.id());
		CountDownLatch chunkComputed = new CountDownLatch(1);
		CompletableFuture<Void> chunk = CompletableFuture.runAsync(() -> {
			List<RecomputationQueue.Claim> claims = queue.claim(10);
			assertThat(ids(claims)).contains(initiative.id());
			transaction.executeWithoutResult(tx -> {
				engine.recompute(ids(claims));
				chunkComputed.countDown();
				sleep(500);
				queue.done(claims);
			});
		}, threads);
		await(chunkComputed);
		// Both would raise the same new flag; the second waits for the first's commit and then keeps its flag.
		engine.recompute(initiative.id());
		chunk.get(10, TimeUnit.SECONDS);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM risk_flag WHERE initiative_id = ? AND cleared_at IS NULL"
				+ " AND rule = 'PACE_MISMATCH'", Long.class, initiative.id())).isEqualTo(1);
	}

	@Test
	void progressCountsOnlyRecomputedInitiativesAsDone() throws Exception {
		BackgroundWork.awaitDone(jdbc);
		worker.stop();
		long portfolio = jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
		thresholds.update(Map.of(Threshold.PACE_MISMATCH_FACTOR, new BigDecimal("6")), "admin");
		RecomputationProgress waiting = status.progress();
		assertThat(waiting.total()).isEqualTo(portfolio);
		assertThat(waiting.done()).isZero();
		assertThat(waiting.requestRunning()).isTrue();
		assertThat(waiting.reason()).isEqualTo("Risk thresholds changed by admin");

		// One chunk of two: "2 of n", not done.
		List<RecomputationQueue.Claim> two = queue.claim(2);
		transaction.executeWithoutResult(tx -> {
			engine.recompute(ids(two));
			queue.done(two);
		});
		assertThat(status.progress().done()).isEqualTo(2);
		assertThat(status.progress().requestRunning()).isTrue();
		mvc.perform(get("/risk/recomputation").header("HX-Request", "true").with(EXECUTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recomputing flags: 2 of")))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));

		worker.start();
		BackgroundWork.awaitDone(jdbc);
		RecomputationProgress done = status.progress();
		assertThat(done.done()).isEqualTo(portfolio);
		assertThat(done.running()).isFalse();
		// Done: the display says so and stops polling.
		mvc.perform(get("/risk/recomputation").header("HX-Request", "true").with(EXECUTIVE))
			.andExpect(content().string(containsString("All flags are up to date")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
	}

	private static List<Long> ids(List<RecomputationQueue.Claim> claims) {
		return claims.stream().map(RecomputationQueue.Claim::initiativeId).toList();
	}

	private Set<String> openRules(InitiativeSummary initiative) {
		Set<String> rules = new HashSet<>();
		flags.flagsOf(initiative.id()).stream().filter(RiskFlagView::open).forEach(view -> rules.add(view.rule()));
		return rules;
	}

	private void slowDown(InitiativeSummary initiative, int organizationPaceDays) {
		registry.change(initiative.id(), edit -> edit.pace(Cycle.ORGANIZATION, organizationPaceDays), AS_LEAD);
	}

	private InitiativeSummary register(String name) {
		return registry.initiative(name + " " + UUID.randomUUID().toString().substring(0, 6))
			.purpose("A test subject for background recomputation.").userContexts("Region North").paces(28, 14, 28)
			.by(AS_LEAD);
	}

	private long failedPublications() {
		return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE status = 'FAILED'", Long.class);
	}

	private long incompletePublications() {
		return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
	}

	private double recomputations() {
		return meters.counter("cyclewise.risk.recomputations").count();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
