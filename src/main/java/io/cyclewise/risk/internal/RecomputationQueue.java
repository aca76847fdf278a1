package io.cyclewise.risk.internal;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.jdbc.core.JdbcTemplate;
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
 * <p>
 * The worker claims marks for {@value #CLAIM_MINUTES} minutes in a short transaction of its own (V53) rather than
 * holding their row locks while it computes, so marking never waits for a chunk in progress. A mark is deleted only
 * if its version is still the one claimed; a mark that arrived meanwhile keeps the row, which is claimed again.
 */
@Repository
public class RecomputationQueue {

	/** A claim outlives any chunk by far; a worker that died leaves its claims to expire, and they are taken again. */
	static final int CLAIM_MINUTES = 5;

	/** An initiative the worker took, with the version of its mark when taken. */
	record Claim(long initiativeId, long version) {
	}

	/** From this many initiatives on, a change is shown as a request with its own "n of m" progress. */
	static final int REQUEST_MINIMUM = 2;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final List<Runnable> wakeUpCalls = new CopyOnWriteArrayList<>();

	RecomputationQueue(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void afterMarking(Runnable wakeUp) {
		wakeUpCalls.add(wakeUp);
	}

	/** @return how many initiatives were marked (unknown ids are skipped) */
	@Transactional(propagation = Propagation.MANDATORY)
	public int mark(Collection<Long> initiativeIds, String reason) {
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
	public int markAll(String reason) {
		int marked = jdbc.sql("INSERT INTO risk_recomputation_mark (initiative_id, marked_at, not_before)"
				+ " SELECT id, now(), now() FROM initiative " + COALESCE).update();
		recordRequest(marked, reason);
		return marked;
	}

	/** A later mark keeps the latest time (progress counts from it) and makes a backed-off initiative due again. */
	private static final String COALESCE = """
			ON CONFLICT (initiative_id) DO UPDATE
			SET marked_at = greatest(risk_recomputation_mark.marked_at, excluded.marked_at), not_before = excluded.not_before,
			    version = risk_recomputation_mark.version + 1
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

	/** Claims up to {@code limit} due, unclaimed marks, oldest first, in its own short transaction. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	List<Claim> claim(int limit) {
		return jdbc.sql("""
				UPDATE risk_recomputation_mark SET claimed_until = now() + make_interval(mins => ?)
				WHERE initiative_id = ANY(ARRAY(
				      SELECT initiative_id FROM risk_recomputation_mark
				      WHERE not_before <= now() AND (claimed_until IS NULL OR claimed_until < now())
				      ORDER BY marked_at, initiative_id LIMIT ? FOR UPDATE SKIP LOCKED))
				RETURNING initiative_id, version
				""").params(CLAIM_MINUTES, limit).query(Claim.class).list();
	}

	/** Claims this initiative's mark if it is there and not claimed by someone else. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	List<Claim> claimOne(long initiativeId) {
		return jdbc.sql("""
				UPDATE risk_recomputation_mark SET claimed_until = now() + make_interval(mins => ?)
				WHERE initiative_id = ? AND (claimed_until IS NULL OR claimed_until < now())
				RETURNING initiative_id, version
				""").params(CLAIM_MINUTES, initiativeId).query(Claim.class).list();
	}

	/**
	 * In the transaction that stored the recomputed flags: deletes the marks that were not marked again meanwhile,
	 * and releases the others, which are then claimed again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void done(Collection<Claim> claims) {
		// One statement per mark, batched, each a primary-key lookup. (With this delete as a join on unnest() and the
		// claim as UPDATE … FROM, all flags were current 52.6 s after saving thresholds at 10,000 initiatives instead
		// of 17.1 s: joins planned, presumably, for a table that had just grown from empty, without statistics.)
		batch.batchUpdate("DELETE FROM risk_recomputation_mark WHERE initiative_id = ? AND version = ?",
				claims.stream().map(claim -> new Object[] { claim.initiativeId(), claim.version() }).toList());
		release(claims.stream().map(Claim::initiativeId).toList());
	}

	/** Gives claimed marks back, e.g. after a chunk failed, so they are taken again at once. */
	@Transactional
	void release(Collection<Long> initiativeIds) {
		jdbc.sql("UPDATE risk_recomputation_mark SET claimed_until = NULL WHERE initiative_id = ANY(?)")
			.param(initiativeIds.toArray(Long[]::new)).update();
	}

	/** A recomputation failed: keep the mark (never dropped) and try again later, backing off up to 30 minutes. */
	@Transactional
	void failed(long initiativeId, String error) {
		jdbc.sql("""
				UPDATE risk_recomputation_mark SET attempts = attempts + 1, last_error = left(?, 500),
				       not_before = now() + least(attempts + 1, 30) * interval '1 minute', claimed_until = NULL
				WHERE initiative_id = ?
				""").params(error, initiativeId).update();
	}
}
