package io.cyclewise.checklist;

import io.cyclewise.initiative.ValueCreationMechanism;

/**
 * Across the portfolio's initiatives of one mechanism: applicable checklist items (all four checklists, items
 * marked "not applicable" excluded) and how many are met; the necessary conditions also on their own.
 */
public record CompletionByMechanism(ValueCreationMechanism mechanism, long initiatives, long met, long applicable,
		long conditionsMet, long conditionsRequired) {

	/** Met out of applicable in percent, rounded down; 0 when nothing applies. */
	public int percentMet() {
		return applicable == 0 ? 0 : (int) (met * 100 / applicable);
	}
}
