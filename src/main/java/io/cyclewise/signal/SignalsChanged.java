package io.cyclewise.signal;

import java.util.Set;

/**
 * Published in the transaction that stored an observation, a data check, a context-change event (with every
 * initiative it was linked to), an acknowledgement or a review; listeners recompute for these initiatives.
 */
public record SignalsChanged(Set<Long> initiativeIds) {

	public SignalsChanged {
		initiativeIds = Set.copyOf(initiativeIds);
	}
}
