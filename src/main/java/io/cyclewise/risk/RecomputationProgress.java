package io.cyclewise.risk;

import java.time.Instant;

/**
 * What pages show of the background recomputation: the latest change that marked many initiatives ("n of m"),
 * how many initiatives are waiting in all, and how many failed and are retried. "Done" counts only initiatives
 * whose mark from that change is gone, so it never claims done early.
 *
 * @param reason the latest bulk change, or {@code null} if there was none
 * @param total the initiatives it marked
 * @param done of those, how many were recomputed since
 * @param waiting all initiatives still marked, whatever marked them
 * @param failing marked initiatives whose recomputation failed and is retried later
 */
public record RecomputationProgress(String reason, Instant requestedAt, long total, long done, long waiting,
		long failing) {

	public boolean running() {
		return waiting > 0;
	}

	public boolean requestRunning() {
		return reason != null && done < total;
	}

	public int percentDone() {
		return total == 0 ? 100 : (int) (done * 100 / total);
	}
}
