package io.cyclewise.checklist;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cyclewise.checklist.internal.ChecklistAnswer;
import io.cyclewise.checklist.internal.ChecklistAnswerRepository;
import io.cyclewise.checklist.internal.ChecklistQueries;
import io.cyclewise.checklist.internal.MechanismFitRule;
import io.cyclewise.checklist.internal.MechanismShift;
import io.cyclewise.checklist.internal.MechanismShiftRepository;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklists' read API for other modules (e.g. the risk engine). Read-only; results are plain records.
 * Recompute on {@link ChecklistChanged}.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistFacts {

	private final InitiativeService initiatives;
	private final ChecklistAnswerRepository answers;
	private final ChecklistQueries queries;
	private final MechanismShiftRepository shifts;

	ChecklistFacts(InitiativeService initiatives, ChecklistAnswerRepository answers, ChecklistQueries queries,
			MechanismShiftRepository shifts) {
		this.initiatives = initiatives;
		this.answers = answers;
		this.queries = queries;
		this.shifts = shifts;
	}

	/**
	 * The JSIS 2022 value-creation study: the current mechanism, the necessary conditions it requires, which are met, missing or not yet
	 * assessed, and the mechanism the met conditions support.
	 * @throws io.cyclewise.shared.NotFoundException for an unknown initiative
	 */
	public MechanismFit fit(long initiativeId) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		return MechanismFitRule.evaluate(initiative.mechanism(), conditionStatuses(initiativeId),
				conditionsToReassess(initiativeId));
	}

	private Set<NecessaryCondition> conditionsToReassess(long initiativeId) {
		Set<NecessaryCondition> toReassess = EnumSet.noneOf(NecessaryCondition.class);
		for (ChecklistAnswer answer : answers.findByInitiativeIdAndKind(initiativeId, ChecklistKind.MECHANISM_CONDITIONS)) {
			NecessaryCondition condition = NecessaryCondition.ofKey(answer.getItemKey());
			if (condition != null && answer.isToReassess()) {
				toReassess.add(condition);
			}
		}
		return toReassess;
	}

	private Map<NecessaryCondition, AnswerStatus> conditionStatuses(long initiativeId) {
		Map<NecessaryCondition, AnswerStatus> statuses = new EnumMap<>(NecessaryCondition.class);
		for (ChecklistAnswer answer : answers.findByInitiativeIdAndKind(initiativeId, ChecklistKind.MECHANISM_CONDITIONS)) {
			NecessaryCondition condition = NecessaryCondition.ofKey(answer.getItemKey());
			if (condition != null) {
				statuses.put(condition, answer.getStatus());
			}
		}
		return statuses;
	}

	/**
	 * The ML-based capability alignment study: applicable alignment-practice items answered "not met" or "partly met", in template order. Items not
	 * assessed yet are not included.
	 */
	public List<OpenChecklistItem> openAlignmentPracticeItems(long initiativeId) {
		return queries.openAlignmentPracticeItems(initiativeId);
	}

	/** Per value-creation mechanism (all five, in the paper's order): items met versus applicable, by SQL GROUP BY. */
	public List<CompletionByMechanism> completionByMechanism() {
		return queries.completionByMechanism();
	}

	/** Completion per initiative, for many at once; an initiative with nothing applicable is missing from the list. */
	public List<InitiativeCompletion> completionOf(Collection<Long> initiativeIds) {
		return queries.completionOf(initiativeIds);
	}

	/** Per checklist of one initiative: met, applicable and open items. */
	public List<ChecklistCompletion> completion(long initiativeId) {
		return queries.completion(initiativeId);
	}

	/** The JSIS 2022 value-creation study's shifting practice: the initiative's mechanism shifts, oldest first. */
	public List<RecordedShift> shifts(long initiativeId) {
		return shifts.findByInitiativeIdOrderByRecordedAtAscIdAsc(initiativeId).stream().map(MechanismShift::toRecord)
			.toList();
	}

	/**
	 * The applicable items of one checklist with their current answer and evidence, in template order; with a group
	 * key only that group's items (e.g. the readiness checks of one lifecycle stage).
	 */
	public List<ChecklistItemFact> items(long initiativeId, ChecklistKind kind, String groupKey) {
		return queries.items(initiativeId, kind, groupKey);
	}

	/**
	 * The EU AI Act obligations still open (not met, partly met or not assessed) per initiative, for those currently
	 * high-risk; an initiative the checklist does not apply to is absent.
	 */
	public Map<Long, Long> openAiActObligations(Collection<Long> initiativeIds) {
		return queries.openObligations(initiativeIds);
	}
}
