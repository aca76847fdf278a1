package io.cyclewise.checklist.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistChanged;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistService.Outcome;
import io.cyclewise.checklist.NewMechanismShift;
import io.cyclewise.checklist.ShiftReason;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores checklist answers and mechanism shifts, each with its history, and announces {@link ChecklistChanged}: the
 * work behind the pages, the API and {@link io.cyclewise.checklist.ChecklistService}.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistWork {

	private final InitiativeService initiatives;
	private final ChecklistTemplateRepository templates;
	private final ChecklistTemplateItemRepository items;
	private final ChecklistAnswerRepository answers;
	private final ChecklistAnswerChangeRepository answerChanges;
	private final MechanismShiftRepository shifts;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Terms terms;

	ChecklistWork(InitiativeService initiatives, ChecklistTemplateRepository templates,
			ChecklistTemplateItemRepository items, ChecklistAnswerRepository answers,
			ChecklistAnswerChangeRepository answerChanges, MechanismShiftRepository shifts,
			ApplicationEventPublisher events, Clock clock, Terms terms) {
		this.initiatives = initiatives;
		this.templates = templates;
		this.items = items;
		this.answers = answers;
		this.answerChanges = answerChanges;
		this.shifts = shifts;
		this.events = events;
		this.clock = clock;
		this.terms = terms;
	}

	/** The initiative, if the user may work its checklists; 404 for an unknown one, 403 for a reader. */
	public InitiativeSummary workable(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!ChecklistPermissions.canWork(user, initiative)) {
			throw new NotAllowedException("checklist.work.notAllowed");
		}
		return initiative;
	}

	public ChecklistTemplateItem item(long templateItemId) {
		return items.findById(templateItemId)
			.orElseThrow(() -> new NotFoundException("checklist.item.notFound", templateItemId));
	}

	/** The checklist an item belongs to, or null for an unknown item (refused with 404 where it is used). */
	public ChecklistKind kindOf(long templateItemId) {
		return items.findById(templateItemId).flatMap(item -> templates.findById(item.getTemplateId()))
			.map(ChecklistTemplate::getKind).orElse(null);
	}

	public ChecklistTemplate template(ChecklistTemplateItem item) {
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
			throw new ChecklistRefusal("checklist.answer.conditionNeverNotApplicable");
		}
		if (input.status() == AnswerStatus.NOT_APPLICABLE && input.notApplicableReason() == null) {
			throw new ChecklistRefusal("checklist.answer.notApplicableReason.required");
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
			throw new ChecklistRefusal("checklist.answer.templateReplaced", template.getVersion());
		}
		if (template.getKind() == ChecklistKind.STAGE_READINESS) {
			LifecycleStage stage = LifecycleStage.valueOf(item.getGroupKey());
			if (stage.ordinal() > initiative.lifecycleStage().ordinal()) {
				throw new ChecklistRefusal("checklist.answer.laterStage", ChecklistRefusal.term(stage),
						ChecklistRefusal.term(initiative.lifecycleStage()));
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
			.orElseThrow(() -> new NotFoundException("checklist.item.keyNotFound", itemKey, kind));
		long version = answers.findByInitiativeIdAndKindAndItemKey(initiativeId, kind, itemKey)
			.map(ChecklistAnswer::getVersion).orElse(-1L);
		return answer(initiativeId, item.getId(), input, version, user);
	}

	public List<ChecklistAnswerChange> history(long initiativeId, long answerId) {
		ChecklistAnswer answer = answers.findByIdAndInitiativeId(answerId, initiativeId)
			.orElseThrow(() -> new NotFoundException("checklist.answer.notFound", initiativeId, answerId));
		return answerChanges.findByAnswerIdOrderByChangedAtDescIdDesc(answer.getId());
	}

	/** Checked before the form is judged, so someone who may not shift gets 403 whatever they sent. */
	public InitiativeSummary requireShifter(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!ChecklistPermissions.canShift(user, initiative)) {
			throw new NotAllowedException("checklist.shift.notAllowed");
		}
		return initiative;
	}

	/**
	 * The JSIS 2022 value-creation study's shifting practice: records why, then moves the initiative to the new mechanism through the registry
	 * (which writes its history row and announces the change).
	 * @param expectedFrom the mechanism the person saw; a shift made meanwhile by someone else is refused
	 */
	@Transactional
	public MechanismShift shift(long initiativeId, NewMechanismShift command, CurrentUser user) {
		InitiativeSummary initiative = requireShifter(initiativeId, user);
		ValueCreationMechanism from = initiative.mechanism();
		if (from != command.from()) {
			throw new ChecklistRefusal("checklist.shift.changedMeanwhile", initiative.updatedBy(), from.number(),
					ChecklistRefusal.term(from));
		}
		if (command.to() == from) {
			throw new ChecklistRefusal("checklist.shift.sameMechanism");
		}
		MechanismShift shift = new MechanismShift(initiativeId, from, command.to(), command.reason(),
				command.triggeringCondition(), command.cause(), command.initiator(), command.explanation(),
				MechanismShift.Source.SHIFT_FORM, user.username(), clock.instant());
		InitiativeHistoryEntry change = initiatives.changeMechanism(initiativeId, command.to(), historyReason(command), user);
		shift.linkTo(change.id());
		shift = shifts.save(shift);
		events.publishEvent(new ChecklistChanged(initiativeId));
		return shift;
	}

	/**
	 * The words for the registry's history row, e.g. "Condition lost: Stable environment (external cause, initiated
	 * by management). …". Stored text, so always in the portal's base language (English).
	 */
	private String historyReason(NewMechanismShift command) {
		Locale stored = Locale.ROOT;
		StringBuilder text = new StringBuilder(terms.label(command.reason(), stored));
		if (command.triggeringCondition() != null) {
			text.append(": ").append(terms.label(command.triggeringCondition(), stored));
		}
		text.append(" (").append(terms.label(command.cause(), stored).toLowerCase(stored)).append(" cause, initiated by ")
			.append(terms.label(command.initiator(), stored).toLowerCase(stored)).append(')');
		if (command.explanation() != null) {
			text.append(". ").append(command.explanation());
		}
		return text.length() <= 1000 ? text.toString() : text.substring(0, 999) + "…";
	}

	/**
	 * Mechanism changes made in the registry's edit form are shifts too: record those not yet recorded, so the
	 * trajectory is complete. Idempotent (each registry history row is linked once).
	 */
	@Transactional
	public int recordRegistryShifts(long initiativeId) {
		Set<Long> linked = new HashSet<>();
		List<MechanismShift> known = shifts.findByInitiativeIdOrderByRecordedAtAscIdAsc(initiativeId);
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

	private static ValueCreationMechanism mechanismOrNull(String name) {
		for (ValueCreationMechanism mechanism : ValueCreationMechanism.values()) {
			if (mechanism.name().equals(name)) {
				return mechanism;
			}
		}
		return null;
	}
}
