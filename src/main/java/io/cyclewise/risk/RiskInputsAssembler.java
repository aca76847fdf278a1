package io.cyclewise.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.Expectation;
import io.cyclewise.initiative.Initiative;
import io.cyclewise.initiative.InitiativeChange;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.risk.RiskInputs.ExpectationInput;
import org.springframework.stereotype.Component;

/** Gathers one initiative's facts from the modules the rules read. */
@Component
class RiskInputsAssembler {

	private final InitiativeService initiatives;
	private final Clock clock;

	RiskInputsAssembler(InitiativeService initiatives, Clock clock) {
		this.initiatives = initiatives;
		this.clock = clock;
	}

	RiskInputs assemble(long initiativeId) {
		Initiative initiative = initiatives.get(initiativeId);
		List<InitiativeChange> history = initiatives.history(initiativeId);
		ZoneId zone = clock.getZone();
		List<LocalDate> technologyChanges = Stream.concat(
				history.stream().filter(change -> change.getAspect() == Aspect.TECHNOLOGY_CYCLE_STATE)
					.map(change -> LocalDate.ofInstant(change.getChangedAt(), zone)),
				Stream.of(initiative.getTechnologySince()))
			.distinct().sorted().toList();
		List<ExpectationInput> expectations = initiatives.expectations(initiativeId).stream()
			.filter(Expectation::isActive)
			.map(e -> new ExpectationInput(e.getId(), e.getStakeholder(), e.getMetric(), e.getTargetValue(),
					e.isHigherIsBetter(), e.getDueDate()))
			.toList();
		return new RiskInputs(initiativeId, LocalDate.now(clock), initiative.getAlignmentPhase(),
				initiative.getLifecycleStage(), initiative.getMechanism(), initiative.getTechnologyState(),
				initiative.getOrganizationPaceDays(), initiative.getTechnologyPaceDays(), initiative.getUserPaceDays(),
				initiative.getOrganizationSince(), initiative.getUserSince(), technologyChanges, expectations,
				List.of(), null, List.of(), List.of(), List.of(), null);
	}
}
