package io.cyclewise.gate.internal;

import io.cyclewise.gate.GateStatus;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The count of pending gate requests beside "Gate decisions" in the navigation, for risk officers and administrators
 * (the layout asks only for them). The navigation must render even when the database is away, so a failed count
 * shows no number rather than an error.
 */
@Component("gateNavigation")
public class GateNavigation {

	private final GateRequestRepository requests;

	GateNavigation(GateRequestRepository requests) {
		this.requests = requests;
	}

	public Long pendingCount() {
		try {
			return requests.countByStatus(GateStatus.PENDING);
		}
		catch (DataAccessException | org.springframework.transaction.TransactionException unavailable) {
			return null;
		}
	}
}
