package io.cyclewise.finding.internal;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;

/**
 * Record-level rules for findings: the initiative's project lead, data scientists and administrators record findings
 * and their steps; closing needs a second pair of eyes, so anyone of those except the finding's owner verifies it.
 * Executives (and everyone else signed in) read.
 */
public final class FindingPermissions {

	private FindingPermissions() {
	}

	public static boolean canRecord(CurrentUser user, InitiativeSummary initiative) {
		return user.isAdmin() || user.has(Role.DATA_SCIENTIST)
				|| (user.has(Role.PROJECT_LEAD) && initiative.isLedBy(user.username()));
	}

	/** The owner may record and work on the finding, but never verify its own remediation. */
	public static boolean canVerify(CurrentUser user, InitiativeSummary initiative, String ownerUsername) {
		return canRecord(user, initiative) && !user.username().equalsIgnoreCase(ownerUsername);
	}
}
