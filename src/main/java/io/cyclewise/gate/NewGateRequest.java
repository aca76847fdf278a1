package io.cyclewise.gate;

import java.util.List;

/**
 * A gate request as other modules (e.g. the demo data) make it: which gate, optionally the step it should reach, a
 * waiver reason for each unmet check, and a note for the decider. The same rules apply as on the page.
 * @param target null for the next step
 */
public record NewGateRequest(GateKind kind, String target, List<Waiver> waivers, String note) {

	public NewGateRequest {
		waivers = waivers == null ? List.of() : List.copyOf(waivers);
	}

	/** Why an unmet check may be passed; the item is the checklist template item the check shows. */
	public record Waiver(long itemId, String reason) {
	}
}
