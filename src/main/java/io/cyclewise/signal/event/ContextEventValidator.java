package io.cyclewise.signal.event;

import java.time.Clock;
import java.time.LocalDate;

import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.EventScope;
import io.cyclewise.signal.ScopeKind;
import io.cyclewise.signal.support.FormDates;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a context-change event beyond Bean Validation: a date at most a year ahead, a complete scope that
 * the person may record (the scope errors say what to change), and not stored already.
 */
@Component
public class ContextEventValidator {

	static final int MAX_USER_CONTEXTS = 20;

	private final ContextEventRepository events;
	private final ContextEventService service;
	private final BusinessUnits businessUnits;
	private final Clock clock;

	ContextEventValidator(ContextEventRepository events, ContextEventService service,
			BusinessUnits businessUnits, Clock clock) {
		this.events = events;
		this.service = service;
		this.businessUnits = businessUnits;
		this.clock = clock;
	}

	/** The rules for an event this person records (the scope they may record depends on their role). */
	public Validator forUser(CurrentUser user) {
		return Validator.forInstanceOf(ContextEventForm.class, (form, errors) -> validate(form, user, errors));
	}

	private void validate(ContextEventForm form, CurrentUser user, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && events.existsBySubmissionId(form.getSubmissionId()));
		FormDates.withinAYear(errors, "occurredOn", form.getOccurredOn(), LocalDate.now(clock));
		if (form.getScope() == null || errors.hasFieldErrors("scope") || errors.hasFieldErrors("businessUnitIds")
				|| errors.hasFieldErrors("userContexts")) {
			return;
		}
		if (rejectInputForAnotherScope(form, errors)) {
			return;
		}
		EventScope scope = form.eventScope();
		switch (scope.kind()) {
			case ORGANIZATION -> {
			}
			case BUSINESS_UNITS -> {
				if (scope.businessUnitIds().isEmpty()) {
					errors.rejectValue("businessUnitIds", "signal.event.businessUnitIds.empty");
					return;
				}
				if (businessUnits.findAll(scope.businessUnitIds()).size() != scope.businessUnitIds().size()) {
					errors.rejectValue("businessUnitIds", "signal.event.businessUnitIds.unknown");
					return;
				}
			}
			case USER_CONTEXTS -> {
				if (scope.userContexts().isEmpty()) {
					errors.rejectValue("userContexts", "signal.event.userContexts.empty");
					return;
				}
				if (scope.userContexts().size() > MAX_USER_CONTEXTS) {
					errors.rejectValue("userContexts", "signal.event.userContexts.tooMany",
							new Object[] { String.valueOf(MAX_USER_CONTEXTS) }, null);
					return;
				}
				if (scope.userContexts().stream().anyMatch(context -> context.length() > 120)) {
					errors.rejectValue("userContexts", "signal.event.userContexts.oneTooLong");
					return;
				}
			}
		}
		if (!service.mayRecord(user, scope)) {
			errors.rejectValue("scope", ContextEventService.scopeRefusal(user, scope));
		}
	}

	/**
	 * Input typed for another scope is never dropped silently: it stays in the form, with an error asking to clear it
	 * (or to choose the scope it belongs to).
	 */
	private static boolean rejectInputForAnotherScope(ContextEventForm form, Errors errors) {
		boolean refused = false;
		Object scopeName = new DefaultMessageSourceResolvable("signal.event.scopeName." + form.getScope().name());
		if (form.getScope() != ScopeKind.USER_CONTEXTS && form.getUserContexts() != null
				&& !form.getUserContexts().isBlank()) {
			errors.rejectValue("userContexts", "signal.event.userContexts.otherScope",
					new Object[] { scopeName, label(ScopeKind.USER_CONTEXTS) }, null);
			refused = true;
		}
		if (form.getScope() != ScopeKind.BUSINESS_UNITS && form.getBusinessUnitIds() != null
				&& form.getBusinessUnitIds().stream().anyMatch(java.util.Objects::nonNull)) {
			errors.rejectValue("businessUnitIds", "signal.event.businessUnitIds.otherScope",
					new Object[] { scopeName, label(ScopeKind.BUSINESS_UNITS) }, null);
			refused = true;
		}
		return refused;
	}

	private static Object label(ScopeKind scope) {
		return new DefaultMessageSourceResolvable(scope.labelCode());
	}
}
