package io.cyclewise.initiative.internal;

import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks of an initiative form that need the database: known business unit, a real lead, a unique name, and no
 * forward move without a gate. Pages register {@link #forInitiative(Long)} in their binder; the API calls it after
 * its permission check. Each error carries its message code and, for the API's problem details (which show default
 * messages), the text in the request's language.
 */
@Component
class InitiativeFormValidator {

	static final int MAX_USER_CONTEXTS = 20;
	static final int MAX_USER_CONTEXT_LENGTH = 120;

	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final InitiativeRepository initiatives;
	private final MessageSource messages;

	InitiativeFormValidator(BusinessUnits businessUnits, UserDirectory users, InitiativeRepository initiatives,
			MessageSource messages) {
		this.businessUnits = businessUnits;
		this.users = users;
		this.initiatives = initiatives;
		this.messages = messages;
	}

	/** A Spring validator of the form for registering (null) or editing the initiative with this id. */
	Validator forInitiative(Long initiativeId) {
		return new Validator() {

			@Override
			public boolean supports(Class<?> type) {
				return InitiativeForm.class.isAssignableFrom(type);
			}

			@Override
			public void validate(Object target, Errors errors) {
				InitiativeFormValidator.this.validate((InitiativeForm) target, initiativeId, errors);
			}
		};
	}

	private void reject(Errors errors, String field, String code, Object... arguments) {
		errors.rejectValue(field, code, arguments,
				messages.getMessage(code, arguments, LocaleContextHolder.getLocale()));
	}

	/** @param initiativeId the initiative being edited, or null when registering a new one */
	void validate(InitiativeForm form, Long initiativeId, Errors errors) {
		if (initiativeId != null) {
			refuseForwardMoves(form, initiativeId, errors);
		}
		if (form.getBusinessUnitId() != null && !errors.hasFieldErrors("businessUnitId")
				&& !businessUnits.exists(form.getBusinessUnitId())) {
			reject(errors, "businessUnitId", "initiative.businessUnit.unknown");
		}
		if (form.getLeadId() != null && !errors.hasFieldErrors("leadId")
				&& !users.findById(form.getLeadId()).filter(AppUser::isEnabled).map(u -> u.hasRole(Role.PROJECT_LEAD)).orElse(false)) {
			reject(errors, "leadId", "initiative.lead.unknown");
		}
		if (!errors.hasFieldErrors("userContexts")) {
			var contexts = form.userContextList();
			if (contexts.size() > MAX_USER_CONTEXTS) {
				reject(errors, "userContexts", "initiative.userContexts.tooMany", MAX_USER_CONTEXTS);
			}
			else if (contexts.stream().anyMatch(context -> context.length() > MAX_USER_CONTEXT_LENGTH)) {
				reject(errors, "userContexts", "initiative.userContexts.tooLong", MAX_USER_CONTEXT_LENGTH);
			}
		}
		if (form.getName() != null && !errors.hasFieldErrors("name")) {
			initiatives.findByNameIgnoreCase(form.getName().trim())
				.filter(other -> !other.getId().equals(initiativeId))
				.ifPresent(other -> reject(errors, "name", "initiative.name.taken"));
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
				reject(errors, "lifecycleStage", "initiative.forwardNeedsGate");
			}
			if (form.getAlignmentPhase() != null && !errors.hasFieldErrors("alignmentPhase")
					&& form.getAlignmentPhase().ordinal() > current.getAlignmentPhase().ordinal()) {
				reject(errors, "alignmentPhase", "initiative.forwardNeedsGate");
			}
		});
	}
}
