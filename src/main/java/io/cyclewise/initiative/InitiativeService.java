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
import java.util.Optional;
import java.util.Set;

import io.cyclewise.initiative.Aspect.CyclePart;
import io.cyclewise.initiative.internal.Expectation;
import io.cyclewise.initiative.internal.ExpectationRepository;
import io.cyclewise.initiative.internal.Initiative;
import io.cyclewise.initiative.internal.InitiativeChange;
import io.cyclewise.initiative.internal.InitiativeChangeRepository;
import io.cyclewise.initiative.internal.InitiativeHistory;
import io.cyclewise.initiative.internal.InitiativeRepository;
import io.cyclewise.initiative.internal.InitiativeResource;
import io.cyclewise.organization.entity.BusinessUnit;
import io.cyclewise.shared.ConflictException;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiative registry's API: registers and changes initiatives (one history row per changed aspect, and an
 * {@link InitiativeChanged} event), and gives other modules read-only summaries of them.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

	private final InitiativeRepository initiatives;
	private final InitiativeChangeRepository changes;
	private final ExpectationRepository expectations;
	private final EntityManager entityManager;
	private final UserDirectory users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InitiativeService(InitiativeRepository initiatives, InitiativeChangeRepository changes,
			ExpectationRepository expectations, EntityManager entityManager, UserDirectory users,
			ApplicationEventPublisher events, Clock clock) {
		this.initiatives = initiatives;
		this.changes = changes;
		this.expectations = expectations;
		this.entityManager = entityManager;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** @throws NotFoundException if there is no such initiative */
	public InitiativeSummary get(long id) {
		return load(id).summary();
	}

	public Optional<InitiativeSummary> find(long id) {
		return initiatives.findById(id).map(Initiative::summary);
	}

	/** Matches the whole name, ignoring case (names are unique that way). */
	public Optional<InitiativeSummary> findByName(String name) {
		return initiatives.findByNameIgnoreCase(name).map(Initiative::summary);
	}

	/** The existing ones of these initiatives, in no particular order. */
	public List<InitiativeSummary> summaries(Collection<Long> ids) {
		return initiatives.findAllById(ids).stream().map(Initiative::summary).toList();
	}

	/** Every initiative, by id (for the demo portfolio; the registry's pages page through them). */
	public List<InitiativeSummary> all() {
		return summaries(initiatives.findAllIds());
	}

	public long count() {
		return initiatives.count();
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
		return InitiativeResource.of(load(id));
	}

	public Page<InitiativeResource> resources(Specification<Initiative> specification, Pageable pageable) {
		return initiatives.findAll(specification, pageable).map(InitiativeResource::of);
	}

	/** Newest first. */
	public List<InitiativeHistoryEntry> history(long id) {
		return changes.findByInitiativeIdOrderByChangedAtDescIdDesc(id).stream().map(InitiativeChange::entry).toList();
	}

	/** All expectations, withdrawn ones included, by due date. */
	public List<ExpectationResource> expectations(long id) {
		return expectations.findByInitiativeIdOrderByDueDateAscIdAsc(id).stream().map(Expectation::resource).toList();
	}

	@Transactional
	public InitiativeSummary register(InitiativeDraft draft, CurrentUser user) {
		if (!InitiativePermissions.canRegister(user)) {
			throw new NotAllowedException("initiative.register.notAllowed");
		}
		Instant now = clock.instant();
		Initiative initiative = new Initiative(user.username(), now);
		apply(draft, initiative, null);
		initiatives.saveAndFlush(initiative);
		changes.save(new InitiativeChange(initiative.getId(), now, user.username(), Aspect.REGISTERED, null,
				initiative.getName(), blankToNull(draft.changeReason())));
		events.publishEvent(new InitiativeChanged(initiative.getId(), EnumSet.of(Aspect.REGISTERED)));
		return initiative.summary();
	}

	/**
	 * Applies the draft if the user saw the current version.
	 * @throws StaleEditException if someone else saved in between (also raised at flush by {@code @Version})
	 */
	@Transactional
	public InitiativeSummary update(long id, InitiativeDraft draft, CurrentUser user) {
		Initiative initiative = editable(id, user);
		if (!Objects.equals(draft.version(), initiative.getVersion())) {
			throw new StaleEditException(initiative.getChangedBy(), initiative.getChangedAt());
		}
		var before = initiative.snapshot();
		apply(draft, initiative, before);
		var differences = InitiativeHistory.differences(before, initiative.snapshot());
		if (differences.isEmpty()) {
			return initiative.summary();
		}
		Instant now = clock.instant();
		initiative.touch(user.username(), now);
		String reason = blankToNull(draft.changeReason());
		Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
		for (var difference : differences) {
			changes.save(new InitiativeChange(id, now, user.username(), difference.aspect(), difference.from(),
					difference.to(), reason));
			aspects.add(difference.aspect());
		}
		initiatives.saveAndFlush(initiative);
		events.publishEvent(new InitiativeChanged(id, aspects));
		return initiative.summary();
	}

	/**
	 * Moves the initiative to another value-creation mechanism on behalf of another module (the checklists' shift
	 * form, the JSIS 2022 value-creation study): the same history row and event as an edit in the form.
	 * @return the history row written, so the caller can link its own record of the shift to it
	 * @throws ConflictException if the initiative already has this mechanism
	 */
	@Transactional
	public InitiativeHistoryEntry changeMechanism(long id, ValueCreationMechanism mechanism, String reason,
			CurrentUser user) {
		Initiative initiative = editable(id, user);
		ValueCreationMechanism from = initiative.getMechanism();
		if (from == mechanism) {
			throw new ConflictException("initiative.mechanism.unchanged", mechanism.name());
		}
		initiative.setMechanism(mechanism);
		return recordChange(initiative, Aspect.MECHANISM, from.name(), mechanism.name(), reason, user.username());
	}

	/** @return the new expectation's id */
	@Transactional
	public long addExpectation(long id, NewExpectation expectation, CurrentUser user) {
		Initiative initiative = editable(id, user);
		Expectation added = expectations.save(new Expectation(id, expectation.stakeholder().trim(),
				expectation.metric().trim(), expectation.targetValue(), expectation.higherIsBetter(),
				expectation.dueDate(), blankToNull(expectation.note()), user.username(), clock.instant()));
		recordChange(initiative, Aspect.EXPECTATION_ADDED, null, added.summary(), null, user.username());
		return added.getId();
	}

	@Transactional
	public void withdrawExpectation(long id, long expectationId, CurrentUser user) {
		Initiative initiative = editable(id, user);
		Expectation expectation = expectations.findByIdAndInitiativeId(expectationId, id)
			.orElseThrow(() -> new NotFoundException("initiative.expectation.notFound", String.valueOf(expectationId)));
		if (!expectation.isActive()) {
			return;
		}
		expectation.withdraw(user.username(), clock.instant());
		recordChange(initiative, Aspect.EXPECTATION_WITHDRAWN, expectation.summary(), null, null, user.username());
	}

	/**
	 * The ML-based capability alignment study: an initiative returns to an earlier alignment phase when needed (e.g.
	 * after a review). Written to the history like any phase change, with the reason.
	 * @throws ConflictException if the phase is not earlier than the current one
	 */
	@Transactional
	public InitiativeSummary returnToPhase(long id, AlignmentPhase phase, String reason, CurrentUser user) {
		Initiative initiative = editable(id, user);
		AlignmentPhase current = initiative.getAlignmentPhase();
		if (phase.ordinal() >= current.ordinal()) {
			throw new ConflictException("initiative.phase.notEarlier", label(phase), label(current));
		}
		initiative.setAlignmentPhase(phase);
		recordChange(initiative, Aspect.ALIGNMENT_PHASE, current.name(), phase.name(), reason, user.username());
		return initiative.summary();
	}

	/**
	 * The only way forward: the gate module calls this when a gate decision approves moving one stage on. Written to
	 * the history like an edit, with the decision as the reason, in the caller's transaction.
	 * @throws StaleEditException if the initiative changed since the version the gate request saw
	 * @throws ConflictException if the target is not the next stage
	 */
	@Transactional
	public InitiativeSummary advanceThroughGate(long id, LifecycleStage target, long expectedVersion,
			String decisionSummary, String decidedBy) {
		Initiative initiative = current(id, expectedVersion);
		LifecycleStage from = initiative.getLifecycleStage();
		if (target.ordinal() != from.ordinal() + 1) {
			throw new ConflictException("initiative.stage.notNext", label(target), label(from));
		}
		initiative.setLifecycleStage(target);
		recordChange(initiative, Aspect.LIFECYCLE_STAGE, from.name(), target.name(), decisionSummary, decidedBy);
		return initiative.summary();
	}

	/** As {@link #advanceThroughGate(long, LifecycleStage, long, String, String)}, for the next alignment phase. */
	@Transactional
	public InitiativeSummary advanceThroughGate(long id, AlignmentPhase target, long expectedVersion,
			String decisionSummary, String decidedBy) {
		Initiative initiative = current(id, expectedVersion);
		AlignmentPhase from = initiative.getAlignmentPhase();
		if (target.ordinal() != from.ordinal() + 1) {
			throw new ConflictException("initiative.phase.notNext", label(target), label(from));
		}
		initiative.setAlignmentPhase(target);
		recordChange(initiative, Aspect.ALIGNMENT_PHASE, from.name(), target.name(), decisionSummary, decidedBy);
		return initiative.summary();
	}

	/**
	 * A gate request, decision or withdrawal in the initiative's history (and so on its timeline). It does not change
	 * the initiative itself, so its version stays and a pending request does not make itself stale.
	 */
	@Transactional
	public InitiativeHistoryEntry recordGateEvent(long id, String from, String to, String reason, String username) {
		load(id);
		return changes.save(new InitiativeChange(id, clock.instant(), username, Aspect.GATE_DECISION, from, to,
				blankToNull(reason))).entry();
	}

	private Initiative load(long id) {
		return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative.notFound", String.valueOf(id)));
	}

	private Initiative current(long id, long expectedVersion) {
		Initiative initiative = load(id);
		if (initiative.getVersion() != expectedVersion) {
			throw new StaleEditException(initiative.getChangedBy(), initiative.getChangedAt());
		}
		return initiative;
	}

	/** One changed aspect outside the edit form: its history row, the initiative's "updated", and the event. */
	private InitiativeHistoryEntry recordChange(Initiative initiative, Aspect aspect, String from, String to,
			String reason, String username) {
		Instant now = clock.instant();
		initiative.touch(username, now);
		InitiativeChange change = changes.save(new InitiativeChange(initiative.getId(), now, username, aspect,
				from, to, blankToNull(reason)));
		initiatives.saveAndFlush(initiative);
		events.publishEvent(new InitiativeChanged(initiative.getId(), EnumSet.of(aspect)));
		return change.entry();
	}

	private Initiative editable(long id, CurrentUser user) {
		Initiative initiative = load(id);
		if (!InitiativePermissions.canEditLedBy(user, initiative.getLead().getUsername())) {
			throw new NotAllowedException("initiative.edit.notAllowed");
		}
		return initiative;
	}

	/** Copies the validated draft; a cycle whose state changed while its date was left alone starts today. */
	private void apply(InitiativeDraft draft, Initiative initiative, Map<Aspect, String> before) {
		LocalDate today = LocalDate.now(clock);
		initiative.setName(draft.name().trim());
		initiative.setPurpose(draft.purpose().trim());
		initiative.setBusinessUnit(entityManager.getReference(BusinessUnit.class, draft.businessUnitId()));
		initiative.setUserContexts(draft.userContexts());
		initiative.setLead(users.findById(draft.leadId()).orElseThrow());
		initiative.setAlignmentPhase(draft.alignmentPhase());
		initiative.setLifecycleStage(draft.lifecycleStage());
		initiative.setMechanism(draft.mechanism());
		for (CycleStatus typed : draft.cycles()) {
			LocalDate since = before == null ? typed.since() : since(before, typed, initiative.cycle(typed.cycle()), today);
			initiative.setCycle(new CycleStatus(typed.cycle(), typed.state(), blankToNull(typed.note()), since,
					typed.paceDays()));
		}
	}

	private static LocalDate since(Map<Aspect, String> before, CycleStatus typed, CycleStatus stored, LocalDate today) {
		boolean stateChanged = !typed.state().name().equals(before.get(Aspect.of(typed.cycle(), CyclePart.STATE)));
		return stateChanged && typed.since().equals(stored.since()) ? today : typed.since();
	}

	/** A term's words as a message argument, resolved in the reader's language. */
	private static MessageSourceResolvable label(io.cyclewise.shared.DomainTerm term) {
		return new DefaultMessageSourceResolvable(term.labelCode());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
