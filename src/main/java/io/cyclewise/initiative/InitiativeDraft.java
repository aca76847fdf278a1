package io.cyclewise.initiative;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What registering or editing an initiative takes, as a command (the pages' and the API's form becomes one, the demo
 * portfolio writes them directly). Values are checked by the form's validation before; the service trusts them.
 * {@code version} is the version the editor saw (null when registering).
 */
public record InitiativeDraft(String name, String purpose, Long businessUnitId, List<String> userContexts,
		Long leadId, AlignmentPhase alignmentPhase, LifecycleStage lifecycleStage, ValueCreationMechanism mechanism,
		List<CycleStatus> cycles, String changeReason, Long version) {

	public InitiativeDraft {
		userContexts = List.copyOf(userContexts);
		cycles = List.copyOf(cycles);
	}

	/**
	 * A new initiative's defaults: (Re)Initiating Alignment, requirements analysis, knowledge creation, all cycles at
	 * their first state since today, each with its usual pace.
	 */
	public static InitiativeDraft blank(Long leadId, LocalDate today) {
		return new InitiativeDraft(null, null, null, List.of(), leadId, AlignmentPhase.REINITIATING,
				LifecycleStage.REQUIREMENTS_ANALYSIS, ValueCreationMechanism.KNOWLEDGE_CREATION,
				List.of(new CycleStatus(Cycle.ORGANIZATION, OrganizationCycleState.FORMING, null, today, 90),
						new CycleStatus(Cycle.TECHNOLOGY, TechnologyCycleState.EXPLORING, null, today, 14),
						new CycleStatus(Cycle.USER, UserCycleState.IDENTIFIED, null, today, 180)),
				null, null);
	}

	/** User contexts typed as a comma- or line-separated list: trimmed, blanks dropped, duplicates removed. */
	public static List<String> userContextList(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(typed.split("[,\\n]")).map(String::trim).filter(context -> !context.isEmpty()).distinct()
			.toList();
	}

	/** The initiative's current values, to change some of them. */
	public static InitiativeDraft of(InitiativeSummary initiative) {
		return new InitiativeDraft(initiative.name(), initiative.purpose(), initiative.businessUnit().id(),
				initiative.userContexts(), initiative.lead().id(), initiative.alignmentPhase(),
				initiative.lifecycleStage(), initiative.mechanism(), initiative.cycles(), null, initiative.version());
	}

	public CycleStatus cycle(Cycle cycle) {
		return cycles.stream().filter(status -> status.cycle() == cycle).findFirst().orElseThrow();
	}

	/** The same draft with one cycle's standing replaced. */
	public InitiativeDraft withCycle(CycleStatus standing) {
		List<CycleStatus> changed = cycles.stream()
			.map(status -> status.cycle() == standing.cycle() ? standing : status).toList();
		return new InitiativeDraft(name, purpose, businessUnitId, userContexts, leadId, alignmentPhase, lifecycleStage,
				mechanism, changed, changeReason, version);
	}

	public InitiativeDraft withChangeReason(String reason) {
		return new InitiativeDraft(name, purpose, businessUnitId, userContexts, leadId, alignmentPhase, lifecycleStage,
				mechanism, cycles, reason, version);
	}
}
