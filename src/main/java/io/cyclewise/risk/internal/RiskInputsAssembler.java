package io.cyclewise.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.checklist.OpenChecklistItem;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.ExpectationResource;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeHistoryEntry;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.risk.rule.RiskInputs.AcknowledgedEventInput;
import io.cyclewise.risk.rule.RiskInputs.DataCheckInput;
import io.cyclewise.risk.rule.RiskInputs.EventInput;
import io.cyclewise.risk.rule.RiskInputs.ExpectationInput;
import io.cyclewise.risk.rule.RiskInputs.ObservationInput;
import io.cyclewise.risk.rule.RiskInputs.OpenPracticeItem;
import io.cyclewise.risk.rule.RiskInputs.OutcomeEvidence;
import io.cyclewise.risk.rule.RiskInputs;
import io.cyclewise.signal.ObservationSource;
import io.cyclewise.signal.OutcomeEvidenceFact;
import io.cyclewise.signal.SignalFacts;
import org.springframework.stereotype.Component;

/** Gathers one initiative's facts from the modules the rules read. */
@Component
public class RiskInputsAssembler {

	private final InitiativeService initiatives;
	private final ChecklistFacts checklists;
	private final SignalFacts signals;
	private final Clock clock;

	RiskInputsAssembler(InitiativeService initiatives, ChecklistFacts checklists, SignalFacts signals, Clock clock) {
		this.initiatives = initiatives;
		this.checklists = checklists;
		this.signals = signals;
		this.clock = clock;
	}

	public RiskInputs assemble(long initiativeId) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		List<InitiativeHistoryEntry> history = initiatives.history(initiativeId);
		ZoneId zone = clock.getZone();
		// One date per Technology Cycle state change; without recorded changes, the current state's since-date.
		List<LocalDate> technologyChanges = history.stream()
			.filter(change -> change.aspect() == Aspect.TECHNOLOGY_CYCLE_STATE)
			.map(change -> LocalDate.ofInstant(change.changedAt(), zone))
			.sorted().toList();
		if (technologyChanges.isEmpty()) {
			technologyChanges = List.of(initiative.cycle(Cycle.TECHNOLOGY).since());
		}
		List<ExpectationInput> expectations = initiatives.expectations(initiativeId).stream()
			.filter(ExpectationResource::active)
			.map(e -> new ExpectationInput(e.id(), e.stakeholder(), e.metric(), e.targetValue(), e.higherIsBetter(),
					e.dueDate()))
			.toList();
		List<ObservationInput> observations = signals.latestObservations(initiativeId).stream()
			.map(o -> new ObservationInput(o.metric(), o.userContext(), o.source() == ObservationSource.OPERATIONAL,
					o.value().doubleValue(), o.higherIsBetter(), o.observedOn()))
			.toList();
		DataCheckInput dataCheck = signals.latestDataCheck(initiativeId)
			.map(c -> new DataCheckInput(c.checkedOn(), c.result(), c.driftScore() == null ? null : c.driftScore().doubleValue()))
			.orElse(null);
		List<EventInput> events = signals.unacknowledgedEvents(initiativeId).stream()
			.map(e -> new EventInput(e.eventId(), e.type(), e.title(), e.occurredOn()))
			.toList();
		List<AcknowledgedEventInput> acknowledged = signals.acknowledgedEvents(initiativeId).stream()
			.map(e -> new AcknowledgedEventInput(e.eventId(), e.type(), e.title(), e.occurredOn(), e.outcome(),
					e.acknowledgedBy(), e.response()))
			.toList();
		OutcomeEvidenceFact evidence = signals.outcomeEvidence(initiativeId);
		List<OpenPracticeItem> openWork = checklists.openAlignmentPracticeItems(initiativeId).stream()
			.filter(OpenChecklistItem::isNonTechnicalWork)
			.map(item -> new OpenPracticeItem(item.practice(), item.text()))
			.toList();
		MechanismFit fit = checklists.fit(initiativeId);
		List<String> missing = fit.missing().stream().map(NecessaryCondition::label).toList();
		List<String> unassessed = fit.unassessed().stream().map(NecessaryCondition::label).toList();
		String supported = fit.suggestedMechanism() != null ? fit.suggestedMechanism().label()
				: fit.supportedType() != null ? fit.supportedType().label() : null;
		return RiskInputs.builder(initiativeId, LocalDate.now(clock))
			.phase(initiative.alignmentPhase())
			.stage(initiative.lifecycleStage())
			.mechanism(initiative.mechanism())
			.technologyState(initiative.cycle(Cycle.TECHNOLOGY).state(TechnologyCycleState.class))
			.paces(initiative.cycle(Cycle.ORGANIZATION).paceDays(), initiative.cycle(Cycle.TECHNOLOGY).paceDays(),
					initiative.cycle(Cycle.USER).paceDays())
			.lastChanged(initiative.cycle(Cycle.ORGANIZATION).since(), initiative.cycle(Cycle.USER).since())
			.technologyStateChanges(technologyChanges)
			.expectations(expectations)
			.observations(observations)
			.latestDataCheck(dataCheck)
			.openEvents(events)
			.acknowledgedEvents(acknowledged)
			.evidence(new OutcomeEvidence(evidence.latestObservationOn(), evidence.latestDataCheckOn(),
					evidence.latestPhaseReturnOn()))
			.openPracticeItems(openWork)
			.fit(missing, unassessed, supported)
			.build();
	}
}
