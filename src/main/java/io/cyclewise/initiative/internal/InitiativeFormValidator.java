package io.cyclewise.initiative.internal;

import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.user.AppUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks of an initiative form that need the database: known business unit, a real lead, a unique name. */
@Component
class InitiativeFormValidator {

	static final int MAX_USER_CONTEXTS = 20;
	static final int MAX_USER_CONTEXT_LENGTH = 120;

	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final InitiativeRepository initiatives;

	InitiativeFormValidator(BusinessUnits businessUnits, UserDirectory users, InitiativeRepository initiatives) {
		this.businessUnits = businessUnits;
		this.users = users;
		this.initiatives = initiatives;
	}

	static final String FORWARD_NEEDS_GATE = "Moving forward needs a gate decision: request it on the initiative page.";

	/** @param initiativeId the initiative being edited, or null when registering a new one */
	void validate(InitiativeForm form, Long initiativeId, Errors errors) {
		if (initiativeId != null) {
			refuseForwardMoves(form, initiativeId, errors);
		}
		if (form.getBusinessUnitId() != null && !errors.hasFieldErrors("businessUnitId")
				&& !businessUnits.exists(form.getBusinessUnitId())) {
			errors.rejectValue("businessUnitId", "unknown", "Choose a business unit from the list.");
		}
		if (form.getLeadId() != null && !errors.hasFieldErrors("leadId")
				&& !users.findById(form.getLeadId()).filter(AppUser::isEnabled).map(u -> u.hasRole(Role.PROJECT_LEAD)).orElse(false)) {
			errors.rejectValue("leadId", "unknown", "Choose a project lead from the list.");
		}
		if (!errors.hasFieldErrors("userContexts")) {
			var contexts = form.userContextList();
			if (contexts.size() > MAX_USER_CONTEXTS) {
				errors.rejectValue("userContexts", "tooMany", "List at most " + MAX_USER_CONTEXTS + " user contexts.");
			}
			else if (contexts.stream().anyMatch(context -> context.length() > MAX_USER_CONTEXT_LENGTH)) {
				errors.rejectValue("userContexts", "tooLong",
						"Each user context has at most " + MAX_USER_CONTEXT_LENGTH + " characters.");
			}
		}
		if (form.getName() != null && !errors.hasFieldErrors("name")) {
			initiatives.findByNameIgnoreCase(form.getName().trim())
				.filter(other -> !other.getId().equals(initiativeId))
				.ifPresent(other -> errors.rejectValue("name", "taken", "Another initiative already has this name."));
		}
	}

	/**
	 * A registered initiative moves forward only through a gate decision (see docs/governance.md); going back stays
	 * allowed here and is recorded in the history. A new initiative may start anywhere: it records where it stands.
	 */
	private void refuseForwardMoves(InitiativeForm form, long initiativeId, Errors errors) {
		initiatives.findById(initiativeId).ifPresent(current -> {
			if (form.getLifecycleStage() != null && !errors.hasFieldErrors("lifecycleStage")
					&& form.getLifecycleStage().ordinal() > current.getLifecycleStage().ordinal()) {
				errors.rejectValue("lifecycleStage", "gate", FORWARD_NEEDS_GATE);
			}
			if (form.getAlignmentPhase() != null && !errors.hasFieldErrors("alignmentPhase")
					&& form.getAlignmentPhase().ordinal() > current.getAlignmentPhase().ordinal()) {
				errors.rejectValue("alignmentPhase", "gate", FORWARD_NEEDS_GATE);
			}
		});
	}
}
