package io.cyclewise.gate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.signal.SignalFacts;
import io.cyclewise.user.AppUser;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stage and phase gates (docs/governance.md): evaluates a gate's checks, stores a request with a snapshot of them,
 * and records the decision; an approval moves the initiative forward through {@link InitiativeService}, in the
 * same transaction. Every request, decision and withdrawal is also a row of the initiative's history.
 */
@Service
@Transactional(readOnly = true)
public class GateService {

	static final int MIN_COMMENT = 10;
	static final String OWN_REQUEST = "You requested this gate; another risk officer or administrator must decide.";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final GateRequestRepository requests;
	private final GateRequestCheckRepository checks;
	private final InitiativeService initiatives;
	private final ChecklistFacts checklists;
	private final SignalFacts signals;
	private final UserDirectory users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	GateService(GateRequestRepository requests, GateRequestCheckRepository checks, InitiativeService initiatives,
			ChecklistFacts checklists, SignalFacts signals, UserDirectory users, ApplicationEventPublisher events,
			Clock clock) {
		this.events = events;
		this.requests = requests;
		this.checks = checks;
		this.initiatives = initiatives;
		this.checklists = checklists;
		this.signals = signals;
		this.users = users;
		this.clock = clock;
	}

	// Reading

	public InitiativeSummary initiative(long initiativeId) {
		return initiatives.get(initiativeId);
	}

	/** The gate as it stands now for one initiative: next step, checks, pending request. */
	public GatePreview preview(long initiativeId, GateKind kind) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		String from = kind.current(initiative);
		String to = kind.next(from).orElse(null);
		List<GateCheck> now = to == null ? List.of() : evaluate(initiative, kind, from, to);
		GateRequestResource pending = requests.findByInitiativeIdAndKindAndStatus(initiativeId, kind, GateStatus.PENDING)
			.map(request -> resource(request, false)).orElse(null);
		return new GatePreview(initiativeId, initiative.name(), kind, from, kind.labelOf(from), to, kind.labelOf(to),
				now, pending);
	}

	/** @throws ResponseStatusException 404 for an unknown request */
	public GateRequestResource resource(long requestId) {
		return resource(find(requestId), true);
	}

	/** Pending requests, oldest first; a project lead without another role sees those of initiatives they lead or requested. */
	public List<GateRequestResource> pending(CurrentUser user) {
		boolean onlyOwn = user.has(Role.PROJECT_LEAD) && user.roles().size() == 1;
		return requests.findByStatusOrderByRequestedAtAscIdAsc(GateStatus.PENDING).stream()
			.filter(request -> !onlyOwn || request.isRequestedBy(user.username())
					|| initiatives.get(request.getInitiativeId()).isLedBy(user.username()))
			.map(request -> resource(request, true)).toList();
	}

	/** Requests of one status (all when null), newest first, for the API. */
	public List<GateRequestResource> list(GateStatus status) {
		List<GateRequest> found = status == null ? requests.findAll().stream()
			.sorted((a, b) -> b.getRequestedAt().compareTo(a.getRequestedAt())).toList()
				: status == GateStatus.PENDING ? requests.findByStatusOrderByRequestedAtAscIdAsc(status)
						: requests.findAll().stream().filter(request -> request.getStatus() == status)
							.sorted((a, b) -> b.getRequestedAt().compareTo(a.getRequestedAt())).toList();
		return found.stream().map(request -> resource(request, status == GateStatus.PENDING)).toList();
	}

	/** Decided and withdrawn requests, most recent first. */
	public List<GateRequestResource> recent(int limit) {
		return requests.findByStatusNotOrderByDecidedAtDescIdDesc(GateStatus.PENDING, PageRequest.of(0, limit)).stream()
			.map(request -> resource(request, false)).toList();
	}

	public List<GateRequestResource> ofInitiative(long initiativeId) {
		return requests.findByInitiativeIdOrderByRequestedAtDescIdDesc(initiativeId).stream()
			.map(request -> resource(request, false)).toList();
	}

	public long pendingCount() {
		return requests.countByStatus(GateStatus.PENDING);
	}

	// Requesting

	/** @throws AccessDeniedException unless the user is the initiative's lead or an administrator */
	public InitiativeSummary requireRequester(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!GatePermissions.canRequest(user, initiative)) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator requests a gate decision.");
		}
		return initiative;
	}

	/**
	 * The request's own rules, after Bean Validation: a next step that exists and is the one named, no other
	 * pending request for this gate, known checks in the waivers, and every unmet check waived with a reason.
	 */
	public void validate(long initiativeId, GateRequestForm form, Errors errors) {
		if (form.getKind() == null || errors.hasFieldErrors("kind")) {
			return;
		}
		InitiativeSummary initiative = initiatives.get(initiativeId);
		GateKind kind = form.getKind();
		String from = kind.current(initiative);
		Optional<String> next = kind.next(from);
		if (next.isEmpty()) {
			errors.rejectValue("kind", "last", "“" + initiative.name() + "” is already at " + kind.labelOf(from)
					+ "; there is no " + (kind == GateKind.STAGE ? "stage" : "phase") + " after it.");
			return;
		}
		String to = next.get();
		if (form.getTarget() != null && !form.getTarget().isBlank() && !errors.hasFieldErrors("target")
				&& !form.getTarget().trim().equals(to)) {
			errors.rejectValue("target", "notNext", (kind.knows(form.getTarget().trim())
					? kind.labelOf(form.getTarget().trim()) : "“" + form.getTarget().trim() + "”")
					+ " is not the next " + (kind == GateKind.STAGE ? "stage" : "phase") + ": a gate moves one step, from "
					+ kind.labelOf(from) + " to " + kind.labelOf(to) + ".");
		}
		requests.findByInitiativeIdAndKindAndStatus(initiativeId, kind, GateStatus.PENDING).ifPresent(pending ->
				errors.rejectValue("kind", "pending", "A " + kind.label().toLowerCase() + " request for this initiative is "
						+ "already pending (requested by " + name(pending.getRequestedBy()) + " on "
						+ format(pending.getRequestedAt()) + "); it must be decided or withdrawn first."));
		List<GateCheck> now = evaluate(initiative, kind, from, to);
		Map<Long, String> reasons = waiverReasons(form, now, errors);
		Map<String, String> problems = GateReadiness.problems(now, reasons);
		for (GateCheck check : now) {
			String problem = problems.get(check.key());
			if (problem == null) {
				continue;
			}
			int index = indexOf(form, check.itemId());
			if (!check.waivable()) {
				errors.rejectValue("kind", "review", problem);
			}
			else if (index >= 0 && !errors.hasFieldErrors("waivers[" + index + "].reason")) {
				errors.rejectValue("waivers[" + index + "].reason", "waiver", problem);
			}
			else if (index < 0) {
				errors.rejectValue("waivers", "waiver", problem);
			}
		}
	}

	/**
	 * Stores the request with its snapshot and writes the history row.
	 * @throws InvalidRequestException if the rules refuse it (checked again here, inside the transaction)
	 */
	@Transactional
	public long request(long initiativeId, GateRequestForm form, CurrentUser user) {
		InitiativeSummary initiative = requireRequester(initiativeId, user);
		Errors errors = new BeanPropertyBindingResult(form, "gateRequest");
		validate(initiativeId, form, errors);
		if (errors.hasErrors()) {
			throw new InvalidRequestException(errors);
		}
		GateKind kind = form.getKind();
		String from = kind.current(initiative);
		String to = kind.next(from).orElseThrow();
		List<GateCheck> now = evaluate(initiative, kind, from, to);
		Map<Long, String> reasons = waiverReasons(form, now, errors);
		String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().trim();
		GateRequest request;
		try {
			request = requests.saveAndFlush(new GateRequest(initiativeId, kind, from, to, user.username(),
					clock.instant(), note, initiative.version()));
		}
		catch (DataIntegrityViolationException twice) {
			throw new GateRefusal("A " + kind.label().toLowerCase() + " request for this initiative is already pending; "
					+ "nothing was stored.");
		}
		int position = 0;
		long waived = 0;
		for (GateCheck check : now) {
			String waiver = GateReadiness.waiverFor(check, reasons);
			waived += waiver == null ? 0 : 1;
			checks.save(new GateRequestCheck(request.getId(), ++position, check, waiver));
		}
		long met = now.stream().filter(GateCheck::satisfied).count();
		initiatives.recordGateEvent(initiativeId, kind.labelOf(from), kind.labelOf(to), limit("Requested by "
				+ name(user.username()) + " (" + kind.label().toLowerCase() + "): " + met + " of " + now.size()
				+ " checks met, " + waived + " waived." + (note == null ? "" : " Note: " + note)), user.username());
		events.publishEvent(new GateRequested(request.getId(), initiativeId, initiative.name(), kind,
				kind.labelOf(from) + " → " + kind.labelOf(to), user.username()));
		return request.getId();
	}

	// Deciding

	/** @throws AccessDeniedException unless the user is a risk officer or an administrator */
	public void requireDecider(CurrentUser user) {
		if (!GatePermissions.canDecide(user)) {
			throw new AccessDeniedException("Only risk officers and administrators decide gate requests.");
		}
	}

	/** A comment is required: at least a few words, not a tick. */
	public void validate(GateDecisionForm form, Errors errors) {
		if (form.getComment() != null && !errors.hasFieldErrors("comment")
				&& form.getComment().trim().length() < MIN_COMMENT) {
			errors.rejectValue("comment", "short", "A comment has at least " + MIN_COMMENT
					+ " characters: say why the gate may be passed, or what is missing.");
		}
	}

	/**
	 * Records the decision; an approval moves the initiative one step forward in the same transaction.
	 * @throws GateRefusal for one's own request, a request no longer pending or changed meanwhile, or an approval
	 *         of a stale request (the initiative or a check changed since); nothing is stored then
	 */
	@Transactional
	public void decide(long requestId, GateDecisionForm form, CurrentUser user) {
		requireDecider(user);
		GateRequest request = find(requestId);
		Errors errors = new BeanPropertyBindingResult(form, "decision");
		validate(form, errors);
		if (form.getDecision() == null || form.getComment() == null || form.getVersion() == null || errors.hasErrors()) {
			if (!errors.hasErrors()) {
				errors.reject("incomplete", "Choose the decision and write a comment.");
			}
			throw new InvalidRequestException(errors);
		}
		requirePending(request);
		if (request.isRequestedBy(user.username())) {
			throw new GateRefusal(OWN_REQUEST);
		}
		if (form.getVersion() != request.getVersion()) {
			throw new GateRefusal("The request changed since you opened it; open it again. Nothing was stored.");
		}
		String comment = form.getComment().trim();
		if (form.getDecision() == GateVerdict.APPROVED) {
			List<String> changes = staleness(request);
			if (!changes.isEmpty()) {
				throw new GateRefusal(staleMessage(changes));
			}
		}
		Instant now = clock.instant();
		request.decide(form.getDecision(), user.username(), now, comment);
		requests.saveAndFlush(request);
		String verdict = form.getDecision() == GateVerdict.APPROVED ? "Approved" : "Rejected";
		String summary = limit(verdict + " by " + name(user.username()) + ": " + comment);
		GateKind kind = request.getKind();
		initiatives.recordGateEvent(request.getInitiativeId(), kind.labelOf(request.getFromValue()),
				kind.labelOf(request.getToValue()), summary, user.username());
		if (form.getDecision() == GateVerdict.APPROVED) {
			try {
				if (kind == GateKind.STAGE) {
					initiatives.advanceThroughGate(request.getInitiativeId(), LifecycleStage.valueOf(request.getToValue()),
							request.getInitiativeVersion(), "Gate " + summary.substring(0, 1).toLowerCase()
									+ summary.substring(1), user.username());
				}
				else {
					initiatives.advanceThroughGate(request.getInitiativeId(), AlignmentPhase.valueOf(request.getToValue()),
							request.getInitiativeVersion(), "Gate " + summary.substring(0, 1).toLowerCase()
									+ summary.substring(1), user.username());
				}
			}
			catch (StaleEditException | IllegalArgumentException changed) {
				throw new GateRefusal(staleMessage(List.of("its record was changed by " + name(initiatives
					.get(request.getInitiativeId()).updatedBy()))));
			}
		}
		events.publishEvent(new GateDecided(request.getId(), request.getInitiativeId(),
				initiatives.get(request.getInitiativeId()).name(), kind,
				kind.labelOf(request.getFromValue()) + " → " + kind.labelOf(request.getToValue()), form.getDecision(),
				user.username(), request.getRequestedBy(), comment));
	}

	/** The requester (or an administrator) takes a pending request back, e.g. to renew it after a change. */
	@Transactional
	public void withdraw(long requestId, CurrentUser user) {
		GateRequest request = find(requestId);
		if (!GatePermissions.canWithdraw(user, request.getRequestedBy())) {
			throw new AccessDeniedException("Only whoever requested this gate, or an administrator, withdraws it.");
		}
		requirePending(request);
		request.withdraw(user.username(), clock.instant());
		requests.saveAndFlush(request);
		GateKind kind = request.getKind();
		initiatives.recordGateEvent(request.getInitiativeId(), kind.labelOf(request.getFromValue()),
				kind.labelOf(request.getToValue()), "Request withdrawn by " + name(user.username()) + ".",
				user.username());
	}

	// Rules applied to the initiative's current state

	/** The checks of one step, evaluated now. */
	List<GateCheck> evaluate(InitiativeSummary initiative, GateKind kind, String from, String to) {
		long id = initiative.id();
		if (kind == GateKind.STAGE) {
			return GateReadiness.checklist(checklists.items(id, ChecklistKind.STAGE_READINESS, from));
		}
		if (AlignmentPhase.EFFECTUATING.name().equals(to)) {
			return GateReadiness.checklist(checklists.items(id, ChecklistKind.MECHANISM_CONDITIONS, null));
		}
		return List.of(GateReadiness.review(enteredEffectuatingAt(id), signals.lastReviewKeepingThePhase(id).orElse(null),
				clock.getZone()));
	}

	/** When the initiative last moved into Effectuating Alignment, from its history; null if the history does not say. */
	private Instant enteredEffectuatingAt(long initiativeId) {
		return initiatives.history(initiativeId).stream()
			.filter(change -> change.aspect() == Aspect.ALIGNMENT_PHASE
					&& AlignmentPhase.EFFECTUATING.name().equals(change.toValue()))
			.map(InitiativeHistoryEntry::changedAt).findFirst().orElse(null);
	}

	/** Why a pending request can no longer be approved: the initiative was edited, or a check changed. */
	private List<String> staleness(GateRequest request) {
		InitiativeSummary initiative = initiatives.get(request.getInitiativeId());
		List<String> changes = new ArrayList<>();
		if (initiative.version() != request.getInitiativeVersion()) {
			changes.add("it was changed by " + name(initiative.updatedBy()) + " on " + format(initiative.updatedAt()));
		}
		GateKind kind = request.getKind();
		if (!kind.current(initiative).equals(request.getFromValue())) {
			changes.add("it is now at " + kind.labelOf(kind.current(initiative)));
			return changes;
		}
		List<GateReadiness.Snapshot> before = checks.findByRequestIdOrderByPositionAsc(request.getId()).stream()
			.map(GateRequestCheck::snapshot).toList();
		changes.addAll(GateReadiness.changes(before, evaluate(initiative, kind, request.getFromValue(),
				request.getToValue())));
		return changes;
	}

	private static String staleMessage(List<String> changes) {
		return "The initiative changed since the request (" + String.join("; ", changes)
				+ "). The requester must renew it: withdraw it and request again. It may still be rejected.";
	}

	private void requirePending(GateRequest request) {
		if (!request.isPending()) {
			throw new GateRefusal("This request is " + request.getStatus().label().toLowerCase() + " already ("
					+ name(request.getDecidedBy()) + ", " + format(request.getDecidedAt()) + "); nothing was changed.");
		}
	}

	/** Waiver reasons by item id; a waiver naming a check this gate does not have is an error. */
	private static Map<Long, String> waiverReasons(GateRequestForm form, List<GateCheck> now, Errors errors) {
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
					errors.rejectValue("waivers[" + index + "].itemId", "unknown",
							"Item " + waiver.getItemId() + " is not a check of this gate.");
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

	private GateRequest find(long requestId) {
		return requests.findById(requestId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
				"There is no gate request " + requestId + "."));
	}

	private GateRequestResource resource(GateRequest request, boolean withStaleness) {
		GateKind kind = request.getKind();
		List<GateRequestResource.Check> snapshot = checks.findByRequestIdOrderByPositionAsc(request.getId()).stream()
			.map(check -> new GateRequestResource.Check(check.getPosition(), check.getCheckKey(), check.getLabel(),
					check.getStatus(), check.getEvidence(), check.getWaiverReason()))
			.toList();
		List<String> changes = withStaleness && request.isPending() ? staleness(request) : List.of();
		return new GateRequestResource(request.getId(), request.getInitiativeId(),
				initiatives.get(request.getInitiativeId()).name(), kind, request.getFromValue(),
				kind.labelOf(request.getFromValue()), request.getToValue(), kind.labelOf(request.getToValue()),
				request.getStatus(), request.getRequestedBy(), name(request.getRequestedBy()), request.getRequestedAt(),
				request.getNote(), request.getInitiativeVersion(), request.getDecidedBy(), name(request.getDecidedBy()),
				request.getDecidedAt(), request.getDecisionComment(), request.getVersion(), snapshot, changes);
	}

	private String name(String username) {
		if (username == null) {
			return null;
		}
		return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
	}

	private String format(Instant when) {
		return when == null ? "" : WHEN.withZone(clock.getZone()).format(when);
	}

	private static String limit(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
	}
}
