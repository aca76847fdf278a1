package io.cyclewise.finding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cyclewise.initiative.Initiative;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.StaleEditException;
import io.cyclewise.risk.RiskFlagService;
import io.cyclewise.risk.RiskFlagView;
import io.cyclewise.signal.LinkedEventFact;
import io.cyclewise.signal.SignalFacts;
import io.cyclewise.user.AppUser;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * The findings register. Every change checks the version the user saw (a stale form stores nothing) and writes
 * history rows in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final FindingRepository findings;
	private final FindingChangeRepository changes;
	private final InitiativeService initiatives;
	private final UserDirectory users;
	private final SignalFacts signals;
	private final RiskFlagService flags;
	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	FindingService(FindingRepository findings, FindingChangeRepository changes, InitiativeService initiatives,
			UserDirectory users, SignalFacts signals, RiskFlagService flags, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.findings = findings;
		this.changes = changes;
		this.initiatives = initiatives;
		this.users = users;
		this.signals = signals;
		this.flags = flags;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @throws ResponseStatusException 404 for an unknown initiative */
	public Initiative initiative(long initiativeId) {
		return initiatives.get(initiativeId);
	}

	/** @throws AccessDeniedException unless the user may record findings for this initiative */
	public Initiative requireRecorder(long initiativeId, CurrentUser user) {
		Initiative initiative = initiatives.get(initiativeId);
		if (!FindingPermissions.canRecord(user, initiative)) {
			throw new AccessDeniedException(
					"The initiative's lead, data scientists and administrators record findings and their remediation.");
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
		return flags.flagsOf(initiativeId).stream().map(FindingService::flagOption).toList();
	}

	private static FindingViews.FlagOption flagOption(RiskFlagView view) {
		return new FindingViews.FlagOption(view.id(), view.ruleTitle() + " — " + view.subject()
				+ " (" + view.severity().label() + (view.open() ? ", open" : ", cleared") + ")");
	}

	/** Checks that need the database: the owner exists and is enabled, links belong to this initiative. */
	public void validate(long initiativeId, FindingForm form, Errors errors) {
		if (form.getOwnerId() != null && !errors.hasFieldErrors("ownerId")
				&& users.findById(form.getOwnerId()).filter(AppUser::isEnabled).isEmpty()) {
			errors.rejectValue("ownerId", "unknown", "Choose the owner from the list; that user does not exist or is disabled.");
		}
		LocalDate observedOn = form.getObservedOn();
		if (observedOn != null && !errors.hasFieldErrors("observedOn")) {
			if (observedOn.isAfter(LocalDate.now(clock))) {
				errors.rejectValue("observedOn", "future", "A finding is observed, so its date cannot be in the future.");
			}
			else if (observedOn.isBefore(EARLIEST)) {
				errors.rejectValue("observedOn", "tooEarly", "Enter a date in or after 2000.");
			}
		}
		if (!errors.hasFieldErrors("eventIds") && !known(form.getEventIds(),
				eventOptions(initiativeId).stream().map(LinkedEventFact::eventId).collect(Collectors.toSet()))) {
			errors.rejectValue("eventIds", "notLinked",
					"Link only context changes that affect this initiative; one of those chosen does not.");
		}
		if (!errors.hasFieldErrors("flagIds") && !known(form.getFlagIds(),
				flagOptions(initiativeId).stream().map(FindingViews.FlagOption::id).collect(Collectors.toSet()))) {
			errors.rejectValue("flagIds", "otherInitiative",
					"Link only risk flags of this initiative; one of those chosen belongs to another initiative or does not exist.");
		}
	}

	private static boolean known(Collection<Long> chosen, Set<Long> allowed) {
		return chosen == null || chosen.stream().filter(Objects::nonNull).allMatch(allowed::contains);
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
		log(finding, user, now, "Recorded", null, finding.getTitle() + " (" + finding.getSeverity().label() + ", owner "
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
		refuseIfClosed(finding, "edited");
		Instant now = clock.instant();
		AppUser owner = owner(form.getOwnerId());
		Set<Long> eventIds = ids(form.getEventIds());
		Set<Long> flagIds = ids(form.getFlagIds());
		String title = form.getTitle().trim();
		String description = form.getDescription().trim();
		List<String[]> changed = new ArrayList<>();
		compare(changed, "Title", finding.getTitle(), title);
		compare(changed, "Description", finding.getDescription(), description);
		compare(changed, "Severity", finding.getSeverity().label(), form.getSeverity().label());
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
		refuseIfClosed(finding, "given new steps");
		Instant now = clock.instant();
		FindingStep step = finding.addStep(form.getText().trim());
		finding.touch(user.username(), now);
		log(finding, user, now, "Step " + step.getPosition() + " added", null, step.getText());
	}

	@Transactional
	public void completeStep(long initiativeId, long findingId, long stepId, VersionForm form, CurrentUser user) {
		requireRecorder(initiativeId, user);
		Finding finding = current(initiativeId, findingId, form.getVersion());
		refuseIfClosed(finding, "changed");
		FindingStep step = finding.getSteps().stream().filter(candidate -> candidate.getId() == stepId).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"This finding has no step " + stepId + "."));
		if (step.isDone()) {
			throw new FindingRefusal("Step " + step.getPosition() + " is already done (by " + step.getDoneBy() + ").");
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
			throw new FindingRefusal("Remediation has already started on this finding (it is "
					+ finding.getStatus().label().toLowerCase() + ").");
		}
		Instant now = clock.instant();
		finding.startRemediation();
		finding.touch(user.username(), now);
		log(finding, user, now, "Status", FindingStatus.OPEN.label(), FindingStatus.REMEDIATING.label());
	}

	/** Verified closure: by anyone allowed to record findings here except the owner, once every step is done. */
	@Transactional
	public void close(long initiativeId, long findingId, CloseForm form, CurrentUser user) {
		Initiative initiative = requireRecorder(initiativeId, user);
		Finding finding = current(initiativeId, findingId, form.getVersion());
		refuseIfClosed(finding, "closed again");
		if (!FindingPermissions.canVerify(user, initiative, finding.getOwner().getUsername())) {
			throw new FindingRefusal("You own this finding, so you cannot verify its remediation: closing needs a second "
					+ "pair of eyes. Ask the initiative's lead, a data scientist or an administrator to verify it.");
		}
		if (finding.getStatus() != FindingStatus.REMEDIATING) {
			throw new FindingRefusal("Start the remediation (and add its steps) before closing the finding.");
		}
		long open = finding.getSteps().stream().filter(step -> !step.isDone()).count();
		if (finding.getSteps().isEmpty() || open > 0) {
			throw new FindingRefusal(finding.getSteps().isEmpty() ? "Add at least one remediation step before closing."
					: open + " remediation step(s) are not done yet; complete them before closing.");
		}
		Instant now = clock.instant();
		String note = form.getVerificationNote().trim();
		finding.close(user.username(), now, note);
		finding.touch(user.username(), now);
		log(finding, user, now, "Status", FindingStatus.REMEDIATING.label(), FindingStatus.CLOSED.label());
		log(finding, user, now, "Verification", null, note);
	}

	/** The finding, if it belongs to the initiative (else 404). */
	public Finding finding(long initiativeId, long findingId) {
		return findings.findById(findingId).filter(found -> found.getInitiativeId() == initiativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no finding " + findingId + " for initiative " + initiativeId + "."));
	}

	/** The finding's form values as stored now (for edit pages and the stale-edit comparison). */
	public FindingForm form(long initiativeId, long findingId) {
		return FindingForm.of(finding(initiativeId, findingId));
	}

	public FindingViews.Page page(long initiativeId, long findingId) {
		Initiative initiative = initiatives.get(initiativeId);
		Finding finding = finding(initiativeId, findingId);
		List<LinkedEventFact> events = eventOptions(initiativeId).stream()
			.filter(event -> finding.getEventIds().contains(event.eventId())).toList();
		List<FindingViews.FlagOption> linkedFlags = flagOptions(initiativeId).stream()
			.filter(flag -> finding.getFlagIds().contains(flag.id())).toList();
		List<FindingViews.Step> steps = finding.getSteps().stream().map(step -> new FindingViews.Step(step.getId(),
				step.getPosition(), step.getText(), step.isDone(), step.getDoneBy(), step.getDoneAt())).toList();
		List<FindingViews.HistoryLine> history = changes.findByFindingIdOrderByChangedAtDescIdDesc(findingId).stream()
			.map(change -> new FindingViews.HistoryLine(change.getChangedAt(), change.getChangedBy(), change.getAspect(),
					change.getFromValue(), change.getToValue()))
			.toList();
		return new FindingViews.Page(finding.getId(), initiativeId, initiative.getName(), finding.getTitle(),
				finding.getDescription(), finding.getSeverity(), finding.getObservedOn(), finding.getOwner().getUsername(),
				finding.getOwner().getDisplayName(), finding.getStatus(), finding.getRecordedBy(), finding.getRecordedAt(),
				finding.getVerificationNote(), finding.getVerifiedBy(), finding.getVerifiedAt(), finding.getVersion(), steps,
				events, linkedFlags, history);
	}

	/** Findings of one initiative, or of the portfolio; open first, then remediating, then closed; severe first. */
	public List<FindingViews.Row> rows(Long initiativeId, FindingStatus status, io.cyclewise.risk.Severity severity) {
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("initiative", initiativeId, java.sql.Types.BIGINT)
			.addValue("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
			.addValue("severity", severity == null ? null : severity.name(), java.sql.Types.VARCHAR);
		return jdbc.query("""
				SELECT f.id, f.initiative_id, i.name, f.title, f.severity, f.status, f.observed_on, u.display_name,
				       (SELECT count(*) FROM finding_step s WHERE s.finding_id = f.id AND s.done) AS steps_done,
				       (SELECT count(*) FROM finding_step s WHERE s.finding_id = f.id) AS steps_total
				FROM finding f JOIN initiative i ON i.id = f.initiative_id JOIN app_user u ON u.id = f.owner_id
				WHERE (CAST(:initiative AS BIGINT) IS NULL OR f.initiative_id = :initiative)
				  AND (CAST(:status AS VARCHAR) IS NULL OR f.status = :status)
				  AND (CAST(:severity AS VARCHAR) IS NULL OR f.severity = :severity)
				ORDER BY CASE f.status WHEN 'OPEN' THEN 0 WHEN 'REMEDIATING' THEN 1 ELSE 2 END,
				         CASE f.severity WHEN 'CRITICAL' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END,
				         f.observed_on DESC, f.id DESC
				""", parameters, (rs, row) -> new FindingViews.Row(rs.getLong("id"), rs.getLong("initiative_id"),
				rs.getString("name"), rs.getString("title"), io.cyclewise.risk.Severity.valueOf(rs.getString("severity")),
				FindingStatus.valueOf(rs.getString("status")), rs.getObject("observed_on", LocalDate.class),
				rs.getString("display_name"), rs.getLong("steps_done"), rs.getLong("steps_total")));
	}

	/** The finding as the user saw it; a different version means someone changed it meanwhile. */
	private Finding current(long initiativeId, long findingId, Long seenVersion) {
		Finding finding = finding(initiativeId, findingId);
		if (!Objects.equals(seenVersion, finding.getVersion())) {
			throw new StaleEditException(finding.getLastChangedBy(), finding.getLastChangedAt());
		}
		return finding;
	}

	private static void refuseIfClosed(Finding finding, String what) {
		if (finding.isClosed()) {
			throw new FindingRefusal("This finding was closed (verified by " + finding.getVerifiedBy()
					+ "), so it cannot be " + what + ". Record a new finding if the problem came back.");
		}
	}

	private AppUser owner(Long ownerId) {
		return users.findById(ownerId).filter(AppUser::isEnabled).orElseThrow(() -> new ResponseStatusException(
				HttpStatus.BAD_REQUEST, "Choose the owner from the list; that user does not exist or is disabled."));
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

	private void log(Finding finding, CurrentUser user, Instant when, String aspect, String from, String to) {
		changes.save(new FindingChange(finding.getId(), when, user.username(), aspect, from, to));
	}

}
