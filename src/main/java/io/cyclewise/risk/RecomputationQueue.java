package io.cyclewise.risk;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks initiatives whose flags must be recomputed ({@code risk_recomputation_mark}, V40). Marking joins the
 * caller's transaction, so a mark exists exactly when the change that caused it was committed; repeated marks of
 * one initiative coalesce into one row. The worker is woken after the commit.
 */
@Repository
class RecomputationQueue {

	/** From this many initiatives on, a change is shown as a request with its own "n of m" progress. */
	static final int REQUEST_MINIMUM = 2;

	private final JdbcClient jdbc;
	private final List<Runnable> wakeUpCalls = new CopyOnWriteArrayList<>();

	RecomputationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void afterMarking(Runnable wakeUp) {
		wakeUpCalls.add(wakeUp);
	}

	/** @return how many initiatives were marked (unknown ids are skipped) */
	@Transactional(propagation = Propagation.MANDATORY)
	int mark(Collection<Long> initiativeIds, String reason) {
		if (initiativeIds.isEmpty()) {
			return 0;
		}
		int marked = jdbc.sql("""
				INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before)
				SELECT id, now(), now() FROM initiative WHERE id = ANY(?)
				""" + COALESCE).param(initiativeIds.toArray(Long[]::new)).update();
		recordRequest(marked, reason);
		return marked;
	}

	/** Every initiative of the portfolio, e.g. after the thresholds changed and nightly. */
	@Transactional(propagation = Propagation.MANDATORY)
	int markAll(String reason) {
		int marked = jdbc.sql("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before)"
				+ " SELECT id, now(), now() FROM initiative " + COALESCE).update();
		recordRequest(marked, reason);
		return marked;
	}

	/** A later mark keeps the latest time (progress counts from it) and makes a backed-off initiative due again. */
	private static final String COALESCE = """
			ON CONFLICT (initiative_id) DO UPDATE
			SET marked_at = greatest(risk_recomputation_mark.marked_at, excluded.marked_at), not_before = excluded.not_before
			""";

	private void recordRequest(int marked, String reason) {
		if (marked >= REQUEST_MINIMUM) {
			jdbc.sql("INSERT INTO risk_recomputation_request (requested_at, reason, initiatives) VALUES (now(), ?, ?)")
				.params(reason, marked).update();
		}
		if (marked > 0) {
			wakeAfterCommit();
		}
	}

	private void wakeAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wakeUpCalls.forEach(Runnable::run);
			}
		});
	}

	/** Takes up to {@code limit} due marks, locked until the caller's transaction ends; others' locked rows are skipped. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Long> take(int limit) {
		return jdbc.sql("""
				SELECT initiative_id FROM risk_recomputation_mark WHERE not_before <= now()
				ORDER BY marked_at, initiative_id LIMIT ? FOR UPDATE SKIP LOCKED
				""").param(limit).query(Long.class).list();
	}

	/** @return whether this initiative's mark was still there and is now locked by the caller */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean takeOne(long initiativeId) {
		return !jdbc.sql("SELECT initiative_id FROM risk_recomputation_mark WHERE initiative_id = ? FOR UPDATE SKIP LOCKED")
			.param(initiativeId).query(Long.class).list().isEmpty();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void done(Collection<Long> initiativeIds) {
		jdbc.sql("DELETE FROM risk_recomputation_mark WHERE initiative_id = ANY(?)")
			.param(initiativeIds.toArray(Long[]::new)).update();
	}

	/** A recomputation failed: keep the mark (never dropped) and try again later, backing off up to 30 minutes. */
	@Transactional
	void failed(long initiativeId, String error) {
		jdbc.sql("""
				UPDATE risk_recomputation_mark SET attempts = attempts + 1, last_error = left(?, 500),
				       not_before = now() + least(attempts + 1, 30) * interval '1 minute'
				WHERE initiative_id = ?
				""").params(error, initiativeId).update();
	}
}
