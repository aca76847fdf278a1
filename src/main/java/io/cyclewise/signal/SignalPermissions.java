package io.cyclewise.signal;

import java.util.Collection;
import java.util.Set;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativePermissions;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;

/**
 * Record-level rules for signals (issue 5): data scientists record observations and data checks; leads record
 * events and reviews for their initiatives and acknowledge events that affect them; admins and executives may
 * record organization-wide events; executives otherwise read. Administrators may do everything.
 */
public final class SignalPermissions {

	private SignalPermissions() {
	}

	public static boolean canRecordMeasurements(CurrentUser user) {
		return user.isAdmin() || user.has(Role.DATA_SCIENTIST);
	}

	/** Acknowledging events, recording reviews, setting the cadence: the initiative's lead (or an administrator). */
	public static boolean canRespondFor(CurrentUser user, InitiativeSummary initiative) {
		return InitiativePermissions.canEdit(user, initiative);
	}

	/** The second line reviews "no impact" judgements: risk officers and administrators. */
	public static boolean canReviewNoImpact(CurrentUser user) {
		return user.isAdmin() || user.has(Role.RISK_OFFICER);
	}

	/** Whether the user may open the form at all; the scope is checked by {@link #canRecordEvent}. */
	public static boolean canRecordSomeEvent(CurrentUser user) {
		return user.isAdmin() || user.has(Role.EXECUTIVE) || user.has(Role.PROJECT_LEAD);
	}

	/**
	 * Organization-wide: administrators and executives. Business units or user contexts: a project lead, if every
	 * named unit or context has at least one initiative they lead ("for their initiatives"), or an administrator.
	 * @param unitsLed business units holding an initiative the user leads
	 * @param contextsLed user contexts (normalized, see {@link EventScope#normalize}) of initiatives the user leads
	 */
	public static boolean canRecordEvent(CurrentUser user, EventScope scope, Set<Long> unitsLed,
			Collection<String> contextsLed) {
		if (user.isAdmin()) {
			return true;
		}
		return switch (scope.kind()) {
			case ORGANIZATION -> user.has(Role.EXECUTIVE);
			case BUSINESS_UNITS -> user.has(Role.PROJECT_LEAD) && unitsLed.containsAll(scope.businessUnitIds());
			case USER_CONTEXTS -> user.has(Role.PROJECT_LEAD)
					&& scope.userContexts().stream().map(EventScope::normalize).allMatch(contextsLed::contains);
		};
	}

	/** Closing an event (no more initiatives are linked to it later): whoever recorded it, or an administrator. */
	public static boolean canClose(CurrentUser user, String recordedBy) {
		return user.isAdmin() || user.username().equalsIgnoreCase(recordedBy);
	}
}
