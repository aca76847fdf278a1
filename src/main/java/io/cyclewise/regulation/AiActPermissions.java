package io.cyclewise.regulation;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.user.CurrentUser;

/** Who classifies: the initiative's lead and administrators (as for the initiative itself). Everyone signed in reads. */
final class AiActPermissions {

	private AiActPermissions() {
	}

	static boolean canClassify(CurrentUser user, InitiativeSummary initiative) {
		return InitiativePermissions.canEdit(user, initiative);
	}
}
