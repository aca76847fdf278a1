package io.cyclewise.gate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cyclewise.gate.GateCheck;
import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.GateStatus;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A gate request's own rules, after Bean Validation: a next step that exists and is the one named, no other pending
 * request for this gate, known checks in the waivers, and every unmet check waived with a reason. Made for one
 * initiative; the page registers it for {@code @Valid}, the API runs it after the permission check, and the
 * workflow again inside the transaction that stores the request.
 */
@Component
class GateRequestValidator {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final InitiativeService initiatives;
	private final GateRequestRepository requests;
	private final GateChecks checks;
	private final UserDirectory users;
	private final Clock clock;

	GateRequestValidator(InitiativeService initiatives, GateRequestRepository requests, GateChecks checks,
			UserDirectory users, Clock clock) {
		this.initiatives = initiatives;
		this.requests = requests;
		this.checks = checks;
		this.users = users;
		this.clock = clock;
	}

	Validator forInitiative(long initiativeId) {
		return Validator.forInstanceOf(GateRequestForm.class, (form, errors) -> validate(initiativeId, form, errors));
	}

	private void validate(long initiativeId, GateRequestForm form, Errors errors) {
		if (form.getKind() == null || errors.hasFieldErrors("kind")) {
			return;
		}
		InitiativeSummary initiative = initiatives.get(initiativeId);
		GateKind kind = form.getKind();
		String from = kind.current(initiative);
		Optional<String> next = kind.next(from);
		if (next.isEmpty()) {
			errors.rejectValue("kind", "gate.request.last." + kind.name(),
					new Object[] { initiative.name(), term(kind, from) }, null);
			return;
		}
		String to = next.get();
		String target = form.getTarget() == null ? null : form.getTarget().trim();
		if (target != null && !target.isEmpty() && !errors.hasFieldErrors("target") && !target.equals(to)) {
			errors.rejectValue("target", "gate.request.notNext." + kind.name(), new Object[] {
					kind.knows(target) ? term(kind, target) : quoted(target), term(kind, from), term(kind, to) }, null);
		}
		requests.findByInitiativeIdAndKindAndStatus(initiativeId, kind, GateStatus.PENDING).ifPresent(pending ->
				errors.rejectValue("kind", "gate.request.pending." + kind.name(), new Object[] {
						name(pending.getRequestedBy()), format(pending.getRequestedAt()) }, null));
		List<GateCheck> now = checks.evaluate(initiative, kind, from, to);
		Map<Long, String> reasons = waiverReasons(form, now, errors);
		Map<String, MessageSourceResolvable> problems = GateReadiness.problems(now, reasons);
		for (GateCheck check : now) {
			MessageSourceResolvable problem = problems.get(check.key());
			if (problem == null) {
				continue;
			}
			int index = indexOf(form, check.itemId());
			if (!check.waivable()) {
				errors.rejectValue("kind", problem.getCodes()[0], problem.getArguments(), null);
			}
			else if (index >= 0 && !errors.hasFieldErrors("waivers[" + index + "].reason")) {
				errors.rejectValue("waivers[" + index + "].reason", problem.getCodes()[0], problem.getArguments(), null);
			}
			else if (index < 0) {
				errors.rejectValue("waivers", problem.getCodes()[0], problem.getArguments(), null);
			}
		}
	}

	/** Waiver reasons by item id; a waiver naming a check this gate does not have is an error. */
	static Map<Long, String> waiverReasons(GateRequestForm form, List<GateCheck> now, Errors errors) {
		Set<Long> known = new HashSet<>();
		now.stream().filter(GateCheck::waivable).forEach(check -> known.add(check.itemId()));
		Map<Long, String> reasons = new HashMap<>();
		for (int index = 0; index < form.getWaivers().size(); index++) {
			GateRequestForm.Waiver waiver = form.getWaivers().get(index);
			if (waiver == null || waiver.getItemId() == null) {
				continue;
			}
			if (!known.contains(waiver.getItemId())) {
				if (!errors.hasFieldErrors("waivers[" + index + "].itemId")) {
					errors.rejectValue("waivers[" + index + "].itemId", "gate.waiver.unknownItem",
							new Object[] { String.valueOf(waiver.getItemId()) }, null);
				}
				continue;
			}
			if (reasons.containsKey(waiver.getItemId()) && reasons.get(waiver.getItemId()) != null
					&& !reasons.get(waiver.getItemId()).isBlank()) {
				continue;
			}
			reasons.put(waiver.getItemId(), waiver.getReason());
		}
		return reasons;
	}

	private static int indexOf(GateRequestForm form, Long itemId) {
		for (int index = 0; index < form.getWaivers().size(); index++) {
			GateRequestForm.Waiver waiver = form.getWaivers().get(index);
			if (waiver != null && itemId != null && itemId.equals(waiver.getItemId())) {
				return index;
			}
		}
		return -1;
	}

	/** A stage or phase as a message argument: its label in the reader's language. */
	private static MessageSourceResolvable term(GateKind kind, String code) {
		return new DefaultMessageSourceResolvable(new String[] { kind.termOf(code).labelCode() }, null, code);
	}

	private static MessageSourceResolvable quoted(String text) {
		return new DefaultMessageSourceResolvable(new String[] { "gate.quoted" }, new Object[] { text });
	}

	private String name(String username) {
		return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
	}

	private String format(Instant when) {
		return when == null ? "" : WHEN.withZone(clock.getZone()).format(when);
	}
}
