package io.cyclewise.gate.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.gate.GateCheck;
import io.cyclewise.gate.GateKind;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.signal.SignalFacts;
import org.springframework.stereotype.Component;

/** The checks of one step forward, evaluated against the initiative's current state (rules in {@link GateReadiness}). */
@Component
class GateChecks {

	private final InitiativeService initiatives;
	private final ChecklistFacts checklists;
	private final SignalFacts signals;
	private final Clock clock;

	GateChecks(InitiativeService initiatives, ChecklistFacts checklists, SignalFacts signals, Clock clock) {
		this.initiatives = initiatives;
		this.checklists = checklists;
		this.signals = signals;
		this.clock = clock;
	}

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
}
