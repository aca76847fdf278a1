package io.cyclewise.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.cyclewise.organization.BusinessUnitRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Registers and changes initiatives; writes one history row per changed aspect and announces the change. */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

	private final InitiativeRepository initiatives;
	private final InitiativeChangeRepository changes;
	private final ExpectationRepository expectations;
	private final BusinessUnitRepository businessUnits;
	private final UserDirectory users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InitiativeService(InitiativeRepository initiatives, InitiativeChangeRepository changes,
			ExpectationRepository expectations, BusinessUnitRepository businessUnits, UserDirectory users,
			ApplicationEventPublisher events, Clock clock) {
		this.initiatives = initiatives;
		this.changes = changes;
		this.expectations = expectations;
		this.businessUnits = businessUnits;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	public Initiative get(long id) {
		return initiatives.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no initiative " + id + "."));
	}

	/**
	 * The user contexts of many initiatives in one query (bulk imports): unknown ids are absent from the map, an
	 * initiative without user contexts maps to an empty list.
	 */
	public Map<Long, List<String>> userContexts(Collection<Long> ids) {
		Map<Long, List<String>> contexts = new HashMap<>();
		if (ids.isEmpty()) {
			return contexts;
		}
		for (Object[] row : initiatives.findUserContexts(ids)) {
			List<String> list = contexts.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
			if (row[1] != null) {
				list.add((String) row[1]);
			}
		}
		return contexts;
	}

	/** The initiative as the API shows it, read in one transaction (its user contexts, unit and lead are lazy). */
	public InitiativeResource resource(long id) {
		return InitiativeResource.of(get(id));
	}

	public Page<InitiativeResource> resources(Specification<Initiative> specification, Pageable pageable) {
		return initiatives.findAll(specification, pageable).map(InitiativeResource::of);
	}

	public List<InitiativeChange> history(long id) {
		return changes.findByInitiativeIdOrderByChangedAtDescIdDesc(id);
	}

	public List<Expectation> expectations(long id) {
		return expectations.findByInitiativeIdOrderByDueDateAscIdAsc(id);
	}

	@Transactional
	public Initiative register(InitiativeForm form, CurrentUser user) {
		if (!InitiativePermissions.canRegister(user)) {
			throw new AccessDeniedException("Only project leads and administrators register initiatives.");
		}
		Instant now = clock.instant();
		Initiative initiative = new Initiative(user.username(), now);
		apply(form, initiative, null);
		initiatives.saveAndFlush(initiative);
		changes.save(new InitiativeChange(initiative.getId(), now, user.username(), Aspect.REGISTERED, null,
				initiative.getName(), blankToNull(form.getChangeReason())));
		events.publishEvent(new InitiativeChanged(initiative.getId(), EnumSet.of(Aspect.REGISTERED)));
		return initiative;
	}

	/**
	 * Applies the form if the user saw the current version.
	 * @throws StaleEditException if someone else saved in between (also raised at flush by {@code @Version})
	 */
	@Transactional
	public Initiative update(long id, InitiativeForm form, CurrentUser user) {
		Initiative initiative = editable(id, user);
		if (!Objects.equals(form.getVersion(), initiative.getVersion())) {
			throw new StaleEditException(initiative.getUpdatedBy(), initiative.getUpdatedAt());
		}
		var before = initiative.snapshot();
		apply(form, initiative, before);
		var differences = InitiativeHistory.differences(before, initiative.snapshot());
		if (differences.isEmpty()) {
			return initiative;
		}
		Instant now = clock.instant();
		initiative.touch(user.username(), now);
		String reason = blankToNull(form.getChangeReason());
		Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
		for (var difference : differences) {
			changes.save(new InitiativeChange(id, now, user.username(), difference.aspect(), difference.from(),
					difference.to(), reason));
			aspects.add(difference.aspect());
		}
		initiatives.saveAndFlush(initiative);
		events.publishEvent(new InitiativeChanged(id, aspects));
		return initiative;
	}

	/**
	 * Moves the initiative to another value-creation mechanism on behalf of another module (the checklists' shift
	 * form, the JSIS 2022 value-creation study): the same history row and event as an edit in the form.
	 * @return the history row written, so the caller can link its own record of the shift to it
	 * @throws IllegalArgumentException if the initiative already has this mechanism
	 */
	@Transactional
	public InitiativeChange changeMechanism(long id, ValueCreationMechanism mechanism, String reason, CurrentUser user) {
		Initiative initiative = editable(id, user);
		ValueCreationMechanism from = initiative.getMechanism();
		if (from == mechanism) {
			throw new IllegalArgumentException("The initiative already has the mechanism " + mechanism + ".");
		}
		initiative.setMechanism(mechanism);
		return recordChange(initiative, Aspect.MECHANISM, from.name(), mechanism.name(), reason, user);
	}

	@Transactional
	public Expectation addExpectation(long id, ExpectationForm form, CurrentUser user) {
		Initiative initiative = editable(id, user);
		Expectation expectation = expectations.save(new Expectation(id, form.getStakeholder().trim(),
				form.getMetric().trim(), form.getTargetValue(), form.isHigherIsBetter(), form.getDueDate(),
				blankToNull(form.getNote()), user.username(), clock.instant()));
		recordChange(initiative, Aspect.EXPECTATION_ADDED, null, expectation.summary(), null, user);
		return expectation;
	}

	@Transactional
	public void withdrawExpectation(long id, long expectationId, CurrentUser user) {
		Initiative initiative = editable(id, user);
		Expectation expectation = expectations.findByIdAndInitiativeId(expectationId, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"This initiative has no expectation " + expectationId + "."));
		if (!expectation.isActive()) {
			return;
		}
		expectation.withdraw(user.username(), clock.instant());
		recordChange(initiative, Aspect.EXPECTATION_WITHDRAWN, expectation.summary(), null, null, user);
	}

	/**
	 * The ML-based capability alignment study: an initiative returns to an earlier alignment phase when needed (e.g. after a review). Written to the
	 * history like any phase change, with the reason.
	 * @throws IllegalArgumentException if the phase is not earlier than the current one
	 */
	@Transactional
	public Initiative returnToPhase(long id, AlignmentPhase phase, String reason, CurrentUser user) {
		Initiative initiative = editable(id, user);
		AlignmentPhase current = initiative.getAlignmentPhase();
		if (phase.ordinal() >= current.ordinal()) {
			throw new IllegalArgumentException(phase.label() + " is not earlier than " + current.label() + ".");
		}
		initiative.setAlignmentPhase(phase);
		recordChange(initiative, Aspect.ALIGNMENT_PHASE, current.name(), phase.name(), reason, user);
		return initiative;
	}

	/**
	 * The only way forward: the gate module calls this when a gate decision approves moving one stage on. Written to
	 * the history like an edit, with the decision as the reason, in the caller's transaction.
	 * @throws StaleEditException if the initiative changed since the version the gate request saw
	 * @throws IllegalArgumentException if the target is not the next stage
	 */
	@Transactional
	public Initiative advanceThroughGate(long id, LifecycleStage target, long expectedVersion, String decisionSummary,
			String decidedBy) {
		Initiative initiative = current(id, expectedVersion);
		LifecycleStage from = initiative.getLifecycleStage();
		if (target.ordinal() != from.ordinal() + 1) {
			throw new IllegalArgumentException(target.label() + " is not the stage after " + from.label() + ".");
		}
		initiative.setLifecycleStage(target);
		recordChange(initiative, Aspect.LIFECYCLE_STAGE, from.name(), target.name(), decisionSummary, decidedBy);
		return initiative;
	}

	/** As {@link #advanceThroughGate(long, LifecycleStage, long, String, String)}, for the next alignment phase. */
	@Transactional
	public Initiative advanceThroughGate(long id, AlignmentPhase target, long expectedVersion, String decisionSummary,
			String decidedBy) {
		Initiative initiative = current(id, expectedVersion);
		AlignmentPhase from = initiative.getAlignmentPhase();
		if (target.ordinal() != from.ordinal() + 1) {
			throw new IllegalArgumentException(target.label() + " is not the phase after " + from.label() + ".");
		}
		initiative.setAlignmentPhase(target);
		recordChange(initiative, Aspect.ALIGNMENT_PHASE, from.name(), target.name(), decisionSummary, decidedBy);
		return initiative;
	}

	/**
	 * A gate request, decision or withdrawal in the initiative's history (and so on its timeline). It does not change
	 * the initiative itself, so its version stays and a pending request does not make itself stale.
	 */
	@Transactional
	public InitiativeChange recordGateEvent(long id, String from, String to, String reason, String username) {
		get(id);
		return changes.save(new InitiativeChange(id, clock.instant(), username, Aspect.GATE_DECISION, from, to,
				blankToNull(reason)));
	}

	private Initiative current(long id, long expectedVersion) {
		Initiative initiative = get(id);
		if (initiative.getVersion() != expectedVersion) {
			throw new StaleEditException(initiative.getUpdatedBy(), initiative.getUpdatedAt());
		}
		return initiative;
	}

	private InitiativeChange recordChange(Initiative initiative, Aspect aspect, String from, String to, String reason,
			CurrentUser user) {
		return recordChange(initiative, aspect, from, to, reason, user.username());
	}

	/** One changed aspect outside the edit form: its history row, the initiative's "updated", and the event. */
	private InitiativeChange recordChange(Initiative initiative, Aspect aspect, String from, String to, String reason,
			String username) {
		Instant now = clock.instant();
		initiative.touch(username, now);
		InitiativeChange change = changes.save(new InitiativeChange(initiative.getId(), now, username, aspect,
				from, to, blankToNull(reason)));
		initiatives.saveAndFlush(initiative);
		events.publishEvent(new InitiativeChanged(initiative.getId(), EnumSet.of(aspect)));
		return change;
	}

	private Initiative editable(long id, CurrentUser user) {
		Initiative initiative = get(id);
		if (!InitiativePermissions.canEdit(user, initiative)) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator may change it.");
		}
		return initiative;
	}

	/** Copies the validated form; a cycle whose state changed while its date was left alone starts today. */
	private void apply(InitiativeForm form, Initiative initiative, java.util.Map<Aspect, String> before) {
		LocalDate today = LocalDate.now(clock);
		initiative.setName(form.getName().trim());
		initiative.setPurpose(form.getPurpose().trim());
		initiative.setBusinessUnit(businessUnits.findById(form.getBusinessUnitId()).orElseThrow());
		initiative.setUserContexts(form.userContextList());
		initiative.setLead(users.findById(form.getLeadId()).orElseThrow());
		initiative.setAlignmentPhase(form.getAlignmentPhase());
		initiative.setLifecycleStage(form.getLifecycleStage());
		initiative.setMechanism(form.getMechanism());
		initiative.setOrganizationCycle(form.getOrganizationState(), blankToNull(form.getOrganizationNote()),
				since(before, Aspect.ORGANIZATION_CYCLE_STATE, form.getOrganizationState(), form.getOrganizationSince(),
						initiative.getOrganizationSince(), today),
				form.getOrganizationPaceDays());
		initiative.setTechnologyCycle(form.getTechnologyState(), blankToNull(form.getTechnologyNote()),
				since(before, Aspect.TECHNOLOGY_CYCLE_STATE, form.getTechnologyState(), form.getTechnologySince(),
						initiative.getTechnologySince(), today),
				form.getTechnologyPaceDays());
		initiative.setUserCycle(form.getUserState(), blankToNull(form.getUserNote()),
				since(before, Aspect.USER_CYCLE_STATE, form.getUserState(), form.getUserSince(),
						initiative.getUserSince(), today),
				form.getUserPaceDays());
	}

	private static LocalDate since(java.util.Map<Aspect, String> before, Aspect stateAspect, Enum<?> newState,
			LocalDate typedSince, LocalDate storedSince, LocalDate today) {
		boolean stateChanged = before != null && !newState.name().equals(before.get(stateAspect));
		return stateChanged && typedSince.equals(storedSince) ? today : typedSince;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
