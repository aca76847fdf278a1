package io.cyclewise.gate;

import java.time.Instant;
import java.util.List;

/**
 * A gate request as the API and the pages show it: the step, who asked and when, the checks and evidence at that
 * moment, the decision, and (while pending) what changed since, which makes it stale.
 * @param changesSinceRequest empty while the request is current; otherwise why it can no longer be approved
 */
public record GateRequestResource(long id, long initiativeId, String initiativeName, GateKind kind, String from,
		String fromLabel, String to, String toLabel, GateStatus status, String requestedBy, String requestedByName,
		Instant requestedAt, String note, long initiativeVersion, String decidedBy, String decidedByName,
		Instant decidedAt, String decisionComment, long version, List<Check> checks,
		List<String> changesSinceRequest) {

	/** One check at request time; a waiver reason only for a check that was not met. */
	public record Check(int position, String key, String label, CheckStatus status, String evidence,
			String waiverReason) {
	}

	public boolean pending() {
		return status == GateStatus.PENDING;
	}

	public boolean stale() {
		return changesSinceRequest != null && !changesSinceRequest.isEmpty();
	}

	public long waived() {
		return checks.stream().filter(check -> check.waiverReason() != null).count();
	}
}
