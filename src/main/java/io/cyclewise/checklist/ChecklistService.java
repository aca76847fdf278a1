package io.cyclewise.checklist;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Stores checklist answers and mechanism shifts, each with its history, and announces {@link ChecklistChanged}. */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

	/** What storing an answer did. */
	public enum Outcome {
		SAVED, UNCHANGED, ALREADY_SAVED
	}

	private final InitiativeService initiatives;
	private final ChecklistTemplateRepository templates;
	private final ChecklistTemplateItemRepository items;
	private final ChecklistAnswerRepository answers;
	private final ChecklistAnswerChangeRepository answerChanges;
	private final MechanismShiftRepository shifts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ChecklistService(InitiativeService initiatives, ChecklistTemplateRepository templates,
			ChecklistTemplateItemRepository items, ChecklistAnswerRepository answers,
			ChecklistAnswerChangeRepository answerChanges, MechanismShiftRepository shifts,
			ApplicationEventPublisher events, Clock clock) {
		this.initiatives = initiatives;
		this.templates = templates;
		this.items = items;
		this.answers = answers;
		this.answerChanges = answerChanges;
		this.shifts = shifts;
		this.events = events;
		this.clock = clock;
	}

	/** The initiative, if the user may work its checklists; 404 for an unknown one, 403 for a reader. */
	InitiativeSummary workable(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!ChecklistPermissions.canWork(user, initiative)) {
			throw new AccessDeniedException("Data scientists and the initiative's lead work its checklists.");
		}
		return initiative;
	}

	ChecklistTemplateItem item(long templateItemId) {
		return items.findById(templateItemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
				"There is no checklist item " + templateItemId + "."));
	}

	ChecklistTemplate template(ChecklistTemplateItem item) {
		return templates.findById(item.getTemplateId()).orElseThrow();
	}

	/**
	 * Stores the answer if the person saw the current one.
	 * @param seenVersion the answer version shown to the person, -1 if there was none
	 * @throws StaleAnswerException if someone else stored an answer in between
	 * @throws ChecklistRefusal if the item does not belong to the initiative's current checklists
	 */
	@Transactional
	public Outcome answer(long initiativeId, long templateItemId, AnswerInput input, long seenVersion, CurrentUser user) {
		InitiativeSummary initiative = workable(initiativeId, user);
		ChecklistTemplateItem item = item(templateItemId);
		ChecklistTemplate template = template(item);
		ensureAnswerable(initiative, template, item);
		if (input.status() == AnswerStatus.NOT_APPLICABLE && !template.getKind().isNotApplicableAllowed()) {
			throw new ChecklistRefusal("A necessary condition is never “not applicable”.");
		}
		if (input.status() == AnswerStatus.NOT_APPLICABLE && input.notApplicableReason() == null) {
			throw new ChecklistRefusal("Give the reason why this check does not apply.");
		}
		ChecklistAnswer answer = answers.findByInitiativeIdAndKindAndItemKey(initiativeId, template.getKind(),
				item.getItemKey()).orElse(null);
		long currentVersion = answer == null ? -1 : answer.getVersion();
		if (seenVersion != currentVersion) {
			if (answer != null && answer.sameAs(input)) {
				return Outcome.ALREADY_SAVED;
			}
			throw new StaleAnswerException(answer);
		}
		if (answer != null && answer.sameAs(input) && answer.getTemplateItemId().equals(item.getId())) {
			return Outcome.UNCHANGED;
		}
		if (answer == null) {
			answer = new ChecklistAnswer(initiativeId, template.getKind(), item.getItemKey());
		}
		answer.record(item.getId(), input, user.username(), clock.instant());
		answer = answers.saveAndFlush(answer);
		answerChanges.save(new ChecklistAnswerChange(answer));
		events.publishEvent(new ChecklistChanged(initiativeId));
		return Outcome.SAVED;
	}

	/** Only items of current templates; stage readiness checks only up to the initiative's stage. */
	private static void ensureAnswerable(InitiativeSummary initiative, ChecklistTemplate template, ChecklistTemplateItem item) {
		if (!template.isCurrent()) {
			throw new ChecklistRefusal("This item belongs to version " + template.getVersion() + " of the checklist, "
					+ "which has been replaced. Reload the page to answer the current version.");
		}
		if (template.getKind() == ChecklistKind.STAGE_READINESS) {
			LifecycleStage stage = LifecycleStage.valueOf(item.getGroupKey());
			if (stage.ordinal() > initiative.lifecycleStage().ordinal()) {
				throw new ChecklistRefusal("This check belongs to the stage “" + stage.label() + "”, after the "
						+ "initiative's current stage “" + initiative.lifecycleStage().label() + "”; it does not apply yet.");
			}
		}
	}

	/**
	 * Answers the current version of an item named by its key, over whatever is stored (for data loaders and
	 * imports, which have no page that could be stale).
	 */
	@Transactional
	public Outcome answerCurrent(long initiativeId, ChecklistKind kind, String itemKey, AnswerInput input,
			CurrentUser user) {
		ChecklistTemplate template = templates.findByKindAndCurrentTrue(kind).orElseThrow();
		ChecklistTemplateItem item = items.findByTemplateIdOrderByPositionAsc(template.getId()).stream()
			.filter(candidate -> candidate.getItemKey().equals(itemKey)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No item " + itemKey + " in " + kind));
		long version = answers.findByInitiativeIdAndKindAndItemKey(initiativeId, kind, itemKey)
			.map(ChecklistAnswer::getVersion).orElse(-1L);
		return answer(initiativeId, item.getId(), input, version, user);
	}

	List<ChecklistAnswerChange> history(long initiativeId, long answerId) {
		ChecklistAnswer answer = answers.findByIdAndInitiativeId(answerId, initiativeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Initiative " + initiativeId + " has no checklist answer " + answerId + "."));
		return answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(answer.getId());
	}

	/** Checked before the form is judged, so someone who may not shift gets 403 whatever they sent. */
	InitiativeSummary requireShifter(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!ChecklistPermissions.canShift(user, initiative)) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator shifts its mechanism.");
		}
		return initiative;
	}

	/**
	 * The JSIS 2022 value-creation study's shifting practice: records why, then moves the initiative to the new mechanism through the registry
	 * (which writes its history row and announces the change).
	 * @param expectedFrom the mechanism the person saw; a shift made meanwhile by someone else is refused
	 */
	@Transactional
	public MechanismShift shift(long initiativeId, ValueCreationMechanism expectedFrom, MechanismShiftForm form,
			CurrentUser user) {
		InitiativeSummary initiative = requireShifter(initiativeId, user);
		ValueCreationMechanism from = initiative.mechanism();
		if (from != expectedFrom) {
			throw new ChecklistRefusal("The mechanism was changed meanwhile (by " + initiative.updatedBy()
					+ ") to “" + from.number() + " " + from.label() + "”. Nothing was shifted; check the fit again.");
		}
		if (form.getTo() == from) {
			throw new ChecklistRefusal("The initiative already has this mechanism.");
		}
		Instant now = clock.instant();
		String explanation = form.explanationOrNull();
		MechanismShift shift = new MechanismShift(initiativeId, from, form.getTo(), form.getReason(),
				form.getTriggeringCondition(), form.getCause(), form.getInitiator(), explanation,
				MechanismShift.Source.SHIFT_FORM, user.username(), now);
		InitiativeHistoryEntry change = initiatives.changeMechanism(initiativeId, form.getTo(), form.historyReason(), user);
		shift.linkTo(change.id());
		shift = shifts.save(shift);
		events.publishEvent(new ChecklistChanged(initiativeId));
		return shift;
	}

	/**
	 * Mechanism changes made in the registry's edit form are shifts too: record those not yet recorded, so the
	 * trajectory is complete. Idempotent (each registry history row is linked once).
	 */
	@Transactional
	public int recordRegistryShifts(long initiativeId) {
		Set<Long> linked = new HashSet<>();
		List<MechanismShift> known = shifts.findByInitiativeIdOrderByShiftedAtAscIdAsc(initiativeId);
		known.forEach(shift -> linked.add(shift.getInitiativeChangeId()));
		List<InitiativeHistoryEntry> mechanismChanges = initiatives.history(initiativeId).stream()
			.filter(change -> change.aspect() == Aspect.MECHANISM && !linked.contains(change.id()))
			.sorted(java.util.Comparator.comparing(InitiativeHistoryEntry::changedAt).thenComparing(InitiativeHistoryEntry::id))
			.toList();
		int recorded = 0;
		for (InitiativeHistoryEntry change : mechanismChanges) {
			ValueCreationMechanism from = mechanismOrNull(change.fromValue());
			ValueCreationMechanism to = mechanismOrNull(change.toValue());
			if (from == null || to == null) {
				continue;
			}
			MechanismShift shift = new MechanismShift(initiativeId, from, to, ShiftReason.OTHER, null, null, null,
					change.reason(), MechanismShift.Source.REGISTRY_EDIT, change.changedBy(), change.changedAt());
			shift.linkTo(change.id());
			shifts.save(shift);
			recorded++;
		}
		return recorded;
	}

	List<MechanismShift> trajectory(long initiativeId) {
		return shifts.findByInitiativeIdOrderByShiftedAtAscIdAsc(initiativeId);
	}

	private static ValueCreationMechanism mechanismOrNull(String name) {
		for (ValueCreationMechanism mechanism : ValueCreationMechanism.values()) {
			if (mechanism.name().equals(name)) {
				return mechanism;
			}
		}
		return null;
	}
}
