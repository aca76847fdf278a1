package io.cyclewise.checklist.internal;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;

/** Record-level rules for checklists. Everyone signed in reads them. */
final class ChecklistPermissions {

	private ChecklistPermissions() {
	}

	/** Data scientists keep every initiative's checklists current; a project lead those of the initiatives they lead. */
	static boolean canWork(CurrentUser user, InitiativeSummary initiative) {
		return user.isAdmin() || user.has(Role.DATA_SCIENTIST)
				|| (user.has(Role.PROJECT_LEAD) && initiative.isLedBy(user.username()));
	}

	/** Shifting the mechanism changes the initiative itself: its lead (or an administrator) decides. */
	static boolean canShift(CurrentUser user, InitiativeSummary initiative) {
		return InitiativePermissions.canEdit(user, initiative);
	}

	static boolean canEditTemplates(CurrentUser user) {
		return user.isAdmin();
	}
}
