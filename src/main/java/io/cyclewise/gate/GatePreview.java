package io.cyclewise.gate;

import java.util.List;

/**
 * What the request page shows before anything is stored: the step the gate would take (none at the last stage or
 * phase), the checks as they stand now, and the request already pending for this gate, if any.
 */
public record GatePreview(long initiativeId, String initiativeName, GateKind kind, String from, String fromLabel,
		String to, String toLabel, List<GateCheck> checks, GateRequestResource pending) {

	public boolean atLastStep() {
		return to == null;
	}

	public boolean reviewMissing() {
		return checks.stream().anyMatch(check -> !check.waivable() && !check.satisfied());
	}
}
