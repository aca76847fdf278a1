package io.cyclewise.checklist;

import java.time.Instant;

/**
 * An initiative was classified under the EU AI Act. Published by the regulation module (which depends on this
 * one, so the checklist module need not depend on it); {@link AiActScopeListener} keeps the checklist's read model
 * of which initiatives get the AI Act obligations checklist.
 * @param tier the tier's name (PROHIBITED, HIGH_RISK, TRANSPARENCY or MINIMAL)
 * @param role PROVIDER or DEPLOYER: the obligations of that role apply
 */
public record AiActClassified(long initiativeId, String tier, String role, Instant classifiedAt) {

	public boolean highRisk() {
		return "HIGH_RISK".equals(tier);
	}
}
