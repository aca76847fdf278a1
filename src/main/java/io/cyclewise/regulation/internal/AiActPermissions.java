package io.cyclewise.regulation.internal;

import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.user.CurrentUser;

/** Who classifies: the initiative's lead and administrators (as for the initiative itself). Everyone signed in reads. */
public final class AiActPermissions {

	private AiActPermissions() {
	}

	public static boolean canClassify(CurrentUser user, InitiativeSummary initiative) {
		return InitiativePermissions.canEdit(user, initiative);
	}
}
