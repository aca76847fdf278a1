package io.cyclewise.initiative;

import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;

/** Record-level rules: who may change an initiative. Everyone signed in may read. */
public final class InitiativePermissions {

	private InitiativePermissions() {
	}

	public static boolean canRegister(CurrentUser user) {
		return user.isAdmin() || user.has(Role.PROJECT_LEAD);
	}

	/** Administrators change everything; project leads change the initiatives they lead. */
	public static boolean canEdit(CurrentUser user, InitiativeSummary initiative) {
		return canEditLedBy(user, initiative.lead().username());
	}

	/** As {@link #canEdit(CurrentUser, InitiativeSummary)}, given the lead's username. */
	public static boolean canEditLedBy(CurrentUser user, String leadUsername) {
		return user.isAdmin() || (user.has(Role.PROJECT_LEAD) && user.username().equalsIgnoreCase(leadUsername));
	}
}
