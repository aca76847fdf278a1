package io.cyclewise.finding.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.risk.RiskFlagService;
import io.cyclewise.risk.RiskFlagView;
import io.cyclewise.risk.Severity;
import io.cyclewise.shared.DomainException;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.shared.Terms;
import io.cyclewise.signal.LinkedEventFact;
import io.cyclewise.signal.SignalFacts;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings register. Every change checks the version the user saw (a stale form stores nothing) and writes
 * history rows in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

	private final FindingRepository findings;
	private final FindingChangeRepository changes;
	private final InitiativeService initiatives;
	private final UserDirectory users;
	private final SignalFacts signals;
	private final RiskFlagService flags;
	private final FindingRowsReadModel rowsReadModel;
	private final Terms terms;
	private final Clock clock;

	FindingService(FindingRepository findings, FindingChangeRepository changes, InitiativeService initiatives,
			UserDirectory users, SignalFacts signals, RiskFlagService flags, FindingRowsReadModel rowsReadModel, Terms terms, Clock clock) {
		this.findings = findings;
		this.changes = changes;
		this.initiatives = initiatives;
		this.users = users;
		this.signals = signals;
		this.flags = flags;
		this.rowsReadModel = rowsReadModel;
		this.terms = terms;
		this.clock = clock;
	}

	/** @throws io.cyclewise.shared.NotFoundException for an unknown initiative */
	public InitiativeSummary initiative(long initiativeId) {
		return initiatives.get(initiativeId);
	}

	/** @throws NotAllowedException unless the user may record findings for this initiative */
	public InitiativeSummary requireRecorder(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!FindingPermissions.canRecord(user, initiative)) {
			throw new NotAllowedException("finding.record.notAllowed");
		}
		return initiative;
	}

	/** Enabled users, who may own a finding. */
	public List<AppUser> owners() {
		return users.all().stream().filter(AppUser::isEnabled).toList();
	}

	public List<LinkedEventFact> eventOptions(long initiativeId) {
		return signals.linkedEvents(initiativeId);
	}

	public List<FindingViews.FlagOption> flagOptions(long initiativeId) {
		return flags.flagsOf(initiativeId).stream().map(this::flagOption).toList();
	}

	private FindingViews.FlagOption flagOption(RiskFlagView view) {
		return new FindingViews.FlagOption(view.id(), terms.message(view.open() ? "finding.flag.open"
				: "finding.flag.cleared", view.ruleTitle(), view.subject(), terms.label(view.severity())));
	}

	@Transactional
	public long record(long initiativeId, FindingForm form, CurrentUser user) {
		requireRecorder(initiativeId, user);
		Instant now = clock.instant();
		Finding finding = new Finding(initiativeId, user.username(), now);
		AppUser owner = owner(form.getOwnerId());
		finding.describe(form.getTitle().trim(), form.getDescription().trim(), form.getSeverity(), form.getObservedOn(), owner);
		finding.link(ids(form.getEventIds()), ids(form.getFlagIds()));
		findings.saveAndFlush(finding);
		log(finding, user, now, "Recorded", null, finding.getTitle() + " (" + terms.label(finding.getSeverity(), Locale.ENGLISH) + ", owner "
				+ owner.getDisplayName() + ")");
		if (!finding.getEventIds().isEmpty()) {
			log(finding, user, now, "Linked context changes", null, idList(finding.getEventIds()));
		}
		if (!finding.getFlagIds().isEmpty()) {
			log(finding, user, now, "Linked risk flags", null, idList(finding.getFlagIds()));
		}
		return finding.getId();
	}

	@Transactional
	public void update(long initiativeId, long findingId, FindingForm form, CurrentUser user) {
		requireRecorder(initiativeId, user);
		Finding finding = current(initiativeId, findingId, form.getVersion());
		refuseIfClosed(finding, "edit");
		Instant now = clock.instant();
		AppUser owner = owner(form.getOwnerId());
		Set<Long> eventIds = ids(form.getEventIds());
		Set<Long> flagIds = ids(form.getFlagIds());
		String title = form.getTitle().trim();
		String description = form.getDescription().trim();
		List<String[]> changed = new ArrayList<>();
		compare(changed, "Title", finding.getTitle(), title);
		compare(changed, "Description", finding.getDescription(), description);
		compare(changed, "Severity", terms.label(finding.getSeverity(), Locale.ENGLISH),
				terms.label(form.getSeverity(), Locale.ENGLISH));
		compare(changed, "Observed on", finding.getObservedOn().toString(), form.getObservedOn().toString());
		compare(changed, "Owner", finding.getOwner().getDisplayName(), owner.getDisplayName());
		compare(changed, "Linked context changes", idList(finding.getEventIds()), idList(eventIds));
		compare(changed, "Linked risk flags", idList(finding.getFlagIds()), idList(flagIds));
		if (changed.isEmpty()) {
			return;
		}
		finding.describe(title, description, form.getSeverity(), form.getObservedOn(), owner);
		finding.link(eventIds, flagIds);
		finding.touch(user.username(), now);
		changed.forEach(change -> log(finding, user, now, change[0], change[1], change[2]));
	}

	@Transactional
	public void addStep(long initiativeId, long findingId, StepForm form, CurrentUser user) {
		requireRecorder(initiativeId, user);
		Finding finding = current(initiativeId, findingId, form.getVersion());
		refuseIfClosed(finding, "addStep");
		Instant now = clock.instant();
		FindingStep step = finding.addStep(form.getText().trim());
		finding.touch(user.username(), now);
		log(finding, user, now, "Step " + step.getPosition() + " added", null, step.getText());
	}

	@Transactional
	public void completeStep(long initiativeId, long findingId, long stepId, VersionForm form, CurrentUser user) {
		requireRecorder(initiativeId, user);
		Finding finding = current(initiativeId, findingId, form.getVersion());
		refuseIfClosed(finding, "change");
		FindingStep step = finding.getSteps().stream().filter(candidate -> candidate.getId() == stepId).findFirst()
			.orElseThrow(() -> new NotFoundException("finding.step.notFound", String.valueOf(stepId)));
		if (step.isDone()) {
			throw new FindingRefusal("finding.refused.stepDone", step.getPosition(), step.getDoneBy());
		}
		Instant now = clock.instant();
		step.complete(user.username(), now);
		finding.touch(user.username(), now);
		log(finding, user, now, "Step " + step.getPosition() + " done", "open", "done");
	}

	@Transactional
	public void startRemediation(long initiativeId, long findingId, VersionForm form, CurrentUser user) {
		requireRecorder(initiativeId, user);
		Finding finding = current(initiativeId, findingId, form.getVersion());
		if (finding.getStatus() != FindingStatus.OPEN) {
			throw new FindingRefusal("finding.refused.remediationStarted." + finding.getStatus().name());
		}
		Instant now = clock.instant();
		finding.startRemediation();
		finding.touch(user.username(), now);
		log(finding, user, now, "Status", stored(FindingStatus.OPEN), stored(FindingStatus.REMEDIATING));
	}

	/** Verified closure: by anyone allowed to record findings here except the owner, once every step is done. */
	@Transactional
	public void close(long initiativeId, long findingId, CloseForm form, CurrentUser user) {
		InitiativeSummary initiative = requireRecorder(initiativeId, user);
		Finding finding = current(initiativeId, findingId, form.getVersion());
		refuseIfClosed(finding, "close");
		if (!FindingPermissions.canVerify(user, initiative, finding.getOwner().getUsername())) {
			throw new FindingRefusal("finding.refused.ownFinding");
		}
		if (finding.getStatus() != FindingStatus.REMEDIATING) {
			throw new FindingRefusal("finding.refused.notRemediating");
		}
		long open = finding.getSteps().stream().filter(step -> !step.isDone()).count();
		if (finding.getSteps().isEmpty() || open > 0) {
			throw finding.getSteps().isEmpty() ? new FindingRefusal("finding.refused.noSteps")
					: new FindingRefusal("finding.refused.stepsOpen", open);
		}
		Instant now = clock.instant();
		String note = form.getVerificationNote().trim();
		finding.close(user.username(), now, note);
		finding.touch(user.username(), now);
		log(finding, user, now, "Status", stored(FindingStatus.REMEDIATING), stored(FindingStatus.CLOSED));
		log(finding, user, now, "Verification", null, note);
	}

	/** The finding, if it belongs to the initiative (else 404). */
	public Finding finding(long initiativeId, long findingId) {
		return findings.findById(findingId).filter(found -> found.getInitiativeId() == initiativeId)
			.orElseThrow(() -> new NotFoundException("finding.notFound", String.valueOf(findingId), String.valueOf(initiativeId)));
	}

	/** The finding's form values as stored now (for edit pages and the stale-edit comparison). */
	public FindingForm form(long initiativeId, long findingId) {
		return FindingForm.of(finding(initiativeId, findingId));
	}

	public FindingViews.Page page(long initiativeId, long findingId) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		Finding finding = finding(initiativeId, findingId);
		List<LinkedEventFact> events = eventOptions(initiativeId).stream()
			.filter(event -> finding.getEventIds().contains(event.eventId())).toList();
		List<FindingViews.FlagOption> linkedFlags = flagOptions(initiativeId).stream()
			.filter(flag -> finding.getFlagIds().contains(flag.id())).toList();
		List<FindingViews.Step> steps = finding.getSteps().stream().map(step -> new FindingViews.Step(step.getId(),
				step.getPosition(), step.getText(), step.isDone(), step.getDoneBy(), step.getDoneAt())).toList();
		List<FindingViews.HistoryLine> history = changes.findByFindingIdOrderByRecordedAtDescIdDesc(findingId).stream()
			.map(change -> new FindingViews.HistoryLine(change.getRecordedAt(), change.getRecordedBy(), change.getAspect(),
					change.getFromValue(), change.getToValue()))
			.toList();
		return new FindingViews.Page(finding.getId(), initiativeId, initiative.name(), finding.getTitle(),
				finding.getDescription(), finding.getSeverity(), finding.getObservedOn(), finding.getOwner().getUsername(),
				finding.getOwner().getDisplayName(), finding.getStatus(), finding.getRecordedBy(), finding.getRecordedAt(),
				finding.getVerificationNote(), finding.getVerifiedBy(), finding.getVerifiedAt(), finding.getVersion(), steps,
				events, linkedFlags, history);
	}

	/** Findings of one initiative, or of the portfolio; open first, then remediating, then closed; severe first. */
	public List<FindingViews.Row> rows(Long initiativeId, FindingStatus status, Severity severity) {
		return rowsReadModel.rows(initiativeId, status, severity);
	}

	/** The finding as the user saw it; a different version means someone changed it meanwhile. */
	private Finding current(long initiativeId, long findingId, Long seenVersion) {
		Finding finding = finding(initiativeId, findingId);
		if (!Objects.equals(seenVersion, finding.getVersion())) {
			throw new StaleEditException(finding.getLastChangedBy(), finding.getLastChangedAt());
		}
		return finding;
	}

	/** @param what the refused change: the last part of the message code {@code finding.refused.closed.<what>} */
	private static void refuseIfClosed(Finding finding, String what) {
		if (finding.isClosed()) {
			throw new FindingRefusal("finding.refused.closed." + what, finding.getVerifiedBy());
		}
	}

	private AppUser owner(Long ownerId) {
		return users.findById(ownerId).filter(AppUser::isEnabled)
			.orElseThrow(() -> new UnknownOwner());
	}

	/** The owner was disabled between the form's check and the save: a field problem, so 400 like the check. */
	static class UnknownOwner extends DomainException {

		UnknownOwner() {
			super("finding.owner.unknown");
		}
	}

	private static Set<Long> ids(Collection<Long> ids) {
		Set<Long> clean = new LinkedHashSet<>();
		if (ids != null) {
			ids.stream().filter(Objects::nonNull).sorted().forEach(clean::add);
		}
		return clean;
	}

	private static String idList(Collection<Long> ids) {
		return ids.isEmpty() ? "none" : ids.stream().sorted().map(id -> "#" + id).collect(Collectors.joining(", "));
	}

	private static void compare(List<String[]> changed, String aspect, String before, String after) {
		if (!Objects.equals(before, after)) {
			changed.add(new String[] { aspect, before, after });
		}
	}

	/** History rows are stored text, written in English as they always were (they are records, not page text). */
	private String stored(FindingStatus status) {
		return terms.label(status, Locale.ENGLISH);
	}

	private void log(Finding finding, CurrentUser user, Instant when, String aspect, String from, String to) {
		changes.save(new FindingChange(finding.getId(), when, user.username(), aspect, from, to));
	}

}
