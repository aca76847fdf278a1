package io.cyclewise.finding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cyclewise.signal.LinkedEventFact;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A finding's rules that need the database, after Bean Validation: the owner exists and is enabled, the date lies
 * between 2000 and today, and the links belong to the finding's initiative (so the validator is made for one).
 */
@Component
class FindingFormValidator {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final FindingService findings;
	private final UserDirectory users;
	private final Clock clock;

	FindingFormValidator(FindingService findings, UserDirectory users, Clock clock) {
		this.findings = findings;
		this.users = users;
		this.clock = clock;
	}

	Validator forInitiative(long initiativeId) {
		return Validator.forInstanceOf(FindingForm.class, (form, errors) -> validate(initiativeId, form, errors));
	}

	private void validate(long initiativeId, FindingForm form, Errors errors) {
		if (form.getOwnerId() != null && !errors.hasFieldErrors("ownerId")
				&& users.findById(form.getOwnerId()).filter(AppUser::isEnabled).isEmpty()) {
			errors.rejectValue("ownerId", "finding.owner.unknown");
		}
		LocalDate observedOn = form.getObservedOn();
		if (observedOn != null && !errors.hasFieldErrors("observedOn")) {
			if (observedOn.isAfter(LocalDate.now(clock))) {
				errors.rejectValue("observedOn", "finding.observedOn.future");
			}
			else if (observedOn.isBefore(EARLIEST)) {
				errors.rejectValue("observedOn", "finding.observedOn.tooEarly");
			}
		}
		if (!errors.hasFieldErrors("eventIds") && !known(form.getEventIds(), findings.eventOptions(initiativeId).stream()
			.map(LinkedEventFact::eventId).collect(Collectors.toSet()))) {
			errors.rejectValue("eventIds", "finding.eventIds.notLinked");
		}
		if (!errors.hasFieldErrors("flagIds") && !known(form.getFlagIds(), findings.flagOptions(initiativeId).stream()
			.map(FindingViews.FlagOption::id).collect(Collectors.toSet()))) {
			errors.rejectValue("flagIds", "finding.flagIds.otherInitiative");
		}
	}

	private static boolean known(Collection<Long> chosen, Set<Long> allowed) {
		return chosen == null || chosen.stream().filter(Objects::nonNull).allMatch(allowed::contains);
	}
}
