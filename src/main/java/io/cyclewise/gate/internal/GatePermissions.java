package io.cyclewise.gate.internal;

import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;

/**
 * Who requests and who decides: the initiative's lead (or an administrator) requests and may withdraw their
 * request; risk officers and administrators decide, but never a request of their own.
 */
final class GatePermissions {

	private GatePermissions() {
	}

	static boolean canRequest(CurrentUser user, InitiativeSummary initiative) {
		return InitiativePermissions.canEdit(user, initiative);
	}

	static boolean canDecide(CurrentUser user) {
		return user.isAdmin() || user.has(Role.RISK_OFFICER);
	}

	static boolean canWithdraw(CurrentUser user, String requestedBy) {
		return user.username().equalsIgnoreCase(requestedBy) || user.isAdmin();
	}
}
