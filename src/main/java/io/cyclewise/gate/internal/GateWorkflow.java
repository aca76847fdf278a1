package io.cyclewise.gate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.gate.GateCheck;
import io.cyclewise.gate.GateDecided;
import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.GatePreview;
import io.cyclewise.gate.GateRequestResource;
import io.cyclewise.gate.GateRequested;
import io.cyclewise.gate.GateStatus;
import io.cyclewise.gate.GateVerdict;
import io.cyclewise.gate.NewGateRequest;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Stage and phase gates (docs/governance.md): evaluates a gate's checks, stores a request with a snapshot of them,
 * and records the decision; an approval moves the initiative forward through {@link InitiativeService}, in the
 * same transaction. Every request, decision and withdrawal is also a row of the initiative's history (stored text,
 * in English like the rest of the history).
 */
@Service
@Transactional(readOnly = true)
public class GateWorkflow {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** The language of the initiative's history rows: they are records, written once. */
	private static final Locale HISTORY = Locale.ENGLISH;

	private final GateRequestRepository requests;
	private final GateRequestCheckRepository checks;
	private final GateChecks gateChecks;
	private final GateRequestValidator requestValidator;
	private final InitiativeService initiatives;
	private final UserDirectory users;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Terms terms;
	private final Clock clock;

	GateWorkflow(GateRequestRepository requests, GateRequestCheckRepository checks, GateChecks gateChecks,
			GateRequestValidator requestValidator, InitiativeService initiatives, UserDirectory users,
			ApplicationEventPublisher events, MessageSource messages, Terms terms, Clock clock) {
		this.requests = requests;
		this.checks = checks;
		this.gateChecks = gateChecks;
		this.requestValidator = requestValidator;
		this.initiatives = initiatives;
		this.users = users;
		this.events = events;
		this.messages = messages;
		this.terms = terms;
		this.clock = clock;
	}

	// Reading

	InitiativeSummary initiative(long initiativeId) {
		return initiatives.get(initiativeId);
	}

	/** The gate as it stands now for one initiative: next step, checks, pending request. */
	public GatePreview preview(long initiativeId, GateKind kind) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		String from = kind.current(initiative);
		String to = kind.next(from).orElse(null);
		List<GateCheck> now = to == null ? List.of() : gateChecks.evaluate(initiative, kind, from, to);
		GateRequestResource pending = requests.findByInitiativeIdAndKindAndStatus(initiativeId, kind, GateStatus.PENDING)
			.map(request -> resource(request, false)).orElse(null);
		return new GatePreview(initiativeId, initiative.name(), kind, from, label(kind, from), to, label(kind, to),
				now, pending);
	}

	/** @throws NotFoundException for an unknown request */
	GateRequestResource resource(long requestId) {
		return resource(find(requestId), true);
	}

	/** Pending requests, oldest first; a project lead without another role sees those of initiatives they lead or requested. */
	List<GateRequestResource> pending(CurrentUser user) {
		boolean onlyOwn = user.has(Role.PROJECT_LEAD) && user.roles().size() == 1;
		return requests.findByStatusOrderByRecordedAtAscIdAsc(GateStatus.PENDING).stream()
			.filter(request -> !onlyOwn || request.isRequestedBy(user.username())
					|| initiatives.get(request.getInitiativeId()).isLedBy(user.username()))
			.map(request -> resource(request, true)).toList();
	}

	/** Requests of one status (all when null), newest first, for the API. */
	List<GateRequestResource> list(GateStatus status) {
		List<GateRequest> found = status == null ? requests.findAll().stream()
			.sorted((a, b) -> b.getRequestedAt().compareTo(a.getRequestedAt())).toList()
				: status == GateStatus.PENDING ? requests.findByStatusOrderByRecordedAtAscIdAsc(status)
						: requests.findAll().stream().filter(request -> request.getStatus() == status)
							.sorted((a, b) -> b.getRequestedAt().compareTo(a.getRequestedAt())).toList();
		return found.stream().map(request -> resource(request, status == GateStatus.PENDING)).toList();
	}

	/** Decided and withdrawn requests, most recent first. */
	List<GateRequestResource> recent(int limit) {
		return requests.findByStatusNotOrderByDecidedAtDescIdDesc(GateStatus.PENDING, PageRequest.of(0, limit)).stream()
			.map(request -> resource(request, false)).toList();
	}

	List<GateRequestResource> ofInitiative(long initiativeId) {
		return requests.findByInitiativeIdOrderByRecordedAtDescIdDesc(initiativeId).stream()
			.map(request -> resource(request, false)).toList();
	}

	// Requesting

	/** @throws NotAllowedException unless the user is the initiative's lead or an administrator */
	InitiativeSummary requireRequester(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!GatePermissions.canRequest(user, initiative)) {
			throw new NotAllowedException("gate.request.notAllowed");
		}
		return initiative;
	}

	/**
	 * Stores the request with its snapshot and writes the history row.
	 * @throws InvalidRequestException if the rules refuse it (checked again here, inside the transaction)
	 */
	@Transactional
	public long request(long initiativeId, NewGateRequest command, CurrentUser user) {
		InitiativeSummary initiative = requireRequester(initiativeId, user);
		GateRequestForm form = GateRequestForm.of(command);
		Errors errors = new BeanPropertyBindingResult(form, "gateRequest");
		requestValidator.forInitiative(initiativeId).validate(form, errors);
		if (errors.hasErrors()) {
			throw new InvalidRequestException(errors);
		}
		GateKind kind = form.getKind();
		String from = kind.current(initiative);
		String to = kind.next(from).orElseThrow();
		List<GateCheck> now = gateChecks.evaluate(initiative, kind, from, to);
		Map<Long, String> reasons = GateRequestValidator.waiverReasons(form, now, errors);
		String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().trim();
		GateRequest request;
		try {
			request = requests.saveAndFlush(new GateRequest(initiativeId, kind, from, to, user.username(),
					clock.instant(), note, initiative.version()));
		}
		catch (DataIntegrityViolationException twice) {
			throw new GateRefusal("gate.refused.pendingTwice." + kind.name());
		}
		int position = 0;
		long waived = 0;
		for (GateCheck check : now) {
			String waiver = GateReadiness.waiverFor(check, reasons);
			waived += waiver == null ? 0 : 1;
			checks.save(new GateRequestCheck(request.getId(), ++position, check, waiver));
		}
		long met = now.stream().filter(GateCheck::satisfied).count();
		initiatives.recordGateEvent(initiativeId, history(kind, from), history(kind, to),
				limit(historyText("gate.history.requested", name(user.username()),
						terms.label(kind, HISTORY).toLowerCase(HISTORY), met, now.size(), waived)
						+ (note == null ? "" : historyText("gate.history.note", note))),
				user.username());
		events.publishEvent(new GateRequested(request.getId(), initiativeId, initiative.name(), kind,
				label(kind, from) + " → " + label(kind, to), user.username()));
		return request.getId();
	}

	// Deciding

	/** @throws NotAllowedException unless the user is a risk officer or an administrator */
	void requireDecider(CurrentUser user) {
		if (!GatePermissions.canDecide(user)) {
			throw new NotAllowedException("gate.decide.notAllowed");
		}
	}

	/**
	 * Records the decision; an approval moves the initiative one step forward in the same transaction.
	 * @throws GateRefusal for one's own request, a request no longer pending or changed meanwhile, or an approval
	 *         of a stale request (the initiative or a check changed since); nothing is stored then
	 */
	@Transactional
	void decide(long requestId, GateDecisionForm form, CurrentUser user) {
		requireDecider(user);
		GateRequest request = find(requestId);
		Errors errors = new BeanPropertyBindingResult(form, "decision");
		new GateDecisionValidator().validate(form, errors);
		if (form.getDecision() == null || form.getComment() == null || form.getVersion() == null || errors.hasErrors()) {
			if (!errors.hasErrors()) {
				errors.reject("gate.decision.incomplete");
			}
			throw new InvalidRequestException(errors);
		}
		requirePending(request);
		if (request.isRequestedBy(user.username())) {
			throw new GateRefusal("gate.refused.ownRequest");
		}
		if (form.getVersion() != request.getVersion()) {
			throw new GateRefusal("gate.refused.requestChanged");
		}
		String comment = form.getComment().trim();
		if (form.getDecision() == GateVerdict.APPROVED) {
			List<MessageSourceResolvable> changes = staleness(request);
			if (!changes.isEmpty()) {
				throw stale(changes);
			}
		}
		Instant now = clock.instant();
		request.decide(form.getDecision(), user.username(), now, comment);
		requests.saveAndFlush(request);
		String summary = limit(historyText("gate.history." + form.getDecision().name(), name(user.username()), comment));
		GateKind kind = request.getKind();
		initiatives.recordGateEvent(request.getInitiativeId(), history(kind, request.getFromValue()),
				history(kind, request.getToValue()), summary, user.username());
		if (form.getDecision() == GateVerdict.APPROVED) {
			String reason = historyText("gate.history.advanced", summary.substring(0, 1).toLowerCase(HISTORY)
					+ summary.substring(1));
			try {
				if (kind == GateKind.STAGE) {
					initiatives.advanceThroughGate(request.getInitiativeId(), LifecycleStage.valueOf(request.getToValue()),
							request.getInitiativeVersion(), reason, user.username());
				}
				else {
					initiatives.advanceThroughGate(request.getInitiativeId(), AlignmentPhase.valueOf(request.getToValue()),
							request.getInitiativeVersion(), reason, user.username());
				}
			}
			catch (StaleEditException | IllegalArgumentException changed) {
				throw stale(List.of(GateReadiness.message("gate.change.recordChangedBy",
						name(initiatives.get(request.getInitiativeId()).updatedBy()))));
			}
		}
		events.publishEvent(new GateDecided(request.getId(), request.getInitiativeId(),
				initiatives.get(request.getInitiativeId()).name(), kind,
				label(kind, request.getFromValue()) + " → " + label(kind, request.getToValue()), form.getDecision(),
				user.username(), request.getRequestedBy(), comment));
	}

	/** The requester (or an administrator) takes a pending request back, e.g. to renew it after a change. */
	@Transactional
	void withdraw(long requestId, CurrentUser user) {
		GateRequest request = find(requestId);
		if (!GatePermissions.canWithdraw(user, request.getRequestedBy())) {
			throw new NotAllowedException("gate.withdraw.notAllowed");
		}
		requirePending(request);
		request.withdraw(user.username(), clock.instant());
		requests.saveAndFlush(request);
		GateKind kind = request.getKind();
		initiatives.recordGateEvent(request.getInitiativeId(), history(kind, request.getFromValue()),
				history(kind, request.getToValue()), historyText("gate.history.withdrawn", name(user.username())),
				user.username());
	}

	// Rules applied to the initiative's current state

	/** Why a pending request can no longer be approved: the initiative was edited, or a check changed. */
	private List<MessageSourceResolvable> staleness(GateRequest request) {
		InitiativeSummary initiative = initiatives.get(request.getInitiativeId());
		List<MessageSourceResolvable> changes = new ArrayList<>();
		if (initiative.version() != request.getInitiativeVersion()) {
			changes.add(GateReadiness.message("gate.change.initiativeEdited", name(initiative.updatedBy()),
					format(initiative.updatedAt())));
		}
		GateKind kind = request.getKind();
		if (!kind.current(initiative).equals(request.getFromValue())) {
			changes.add(GateReadiness.message("gate.change.movedOn", kind.termOf(kind.current(initiative))));
			return changes;
		}
		List<GateReadiness.Snapshot> before = checks.findByRequestIdOrderByPositionAsc(request.getId()).stream()
			.map(GateRequestCheck::snapshot).toList();
		changes.addAll(GateReadiness.changes(before, gateChecks.evaluate(initiative, kind, request.getFromValue(),
				request.getToValue())));
		return changes;
	}

	private GateRefusal stale(List<MessageSourceResolvable> changes) {
		return new GateRefusal("gate.refused.stale", String.join("; ", said(changes)));
	}

	private void requirePending(GateRequest request) {
		if (!request.isPending()) {
			throw new GateRefusal("gate.refused.notPending." + request.getStatus().name(), name(request.getDecidedBy()),
					format(request.getDecidedAt()));
		}
	}

	private GateRequest find(long requestId) {
		return requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("gate.request.notFound", String.valueOf(requestId)));
	}

	private GateRequestResource resource(GateRequest request, boolean withStaleness) {
		GateKind kind = request.getKind();
		List<GateRequestResource.Check> snapshot = checks.findByRequestIdOrderByPositionAsc(request.getId()).stream()
			.map(check -> new GateRequestResource.Check(check.getPosition(), check.getCheckKey(), check.getLabel(),
					check.getStatus(), check.getEvidence(), check.getWaiverReason()))
			.toList();
		List<String> changes = withStaleness && request.isPending() ? said(staleness(request)) : List.of();
		return new GateRequestResource(request.getId(), request.getInitiativeId(),
				initiatives.get(request.getInitiativeId()).name(), kind, request.getFromValue(),
				label(kind, request.getFromValue()), request.getToValue(), label(kind, request.getToValue()),
				request.getStatus(), request.getRequestedBy(), name(request.getRequestedBy()), request.getRequestedAt(),
				request.getNote(), request.getInitiativeVersion(), request.getDecidedBy(), name(request.getDecidedBy()),
				request.getDecidedAt(), request.getDecisionComment(), request.getVersion(), snapshot, changes);
	}

	/** Messages in the reader's language (the request's locale). */
	private List<String> said(List<MessageSourceResolvable> texts) {
		return texts.stream().map(text -> messages.getMessage(text, LocaleContextHolder.getLocale())).toList();
	}

	/** A stage's or phase's label in the reader's language; the code itself if it names none. */
	private String label(GateKind kind, String code) {
		return code == null ? null : kind.knows(code) ? terms.label(kind.termOf(code)) : code;
	}

	/** A stage's or phase's label as the initiative's history stores it. */
	private String history(GateKind kind, String code) {
		return kind.knows(code) ? terms.label(kind.termOf(code), HISTORY) : code;
	}

	private String historyText(String code, Object... arguments) {
		return messages.getMessage(code, arguments, HISTORY);
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
