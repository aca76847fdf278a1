package io.cyclewise.gate;

import java.util.Optional;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.shared.DomainTerm;

/** What a gate moves: the lifecycle stage (one step, up to In operation) or the alignment phase (one step). */
public enum GateKind implements DomainTerm {
	STAGE,
	PHASE;

	/** The stored code of where the initiative stands now, e.g. {@code DATA_MANAGEMENT}. */
	public String current(InitiativeSummary initiative) {
		return this == STAGE ? initiative.lifecycleStage().name() : initiative.alignmentPhase().name();
	}

	/** The code of the one step forward, or empty when the initiative is at the last one. */
	public Optional<String> next(String current) {
		if (this == STAGE) {
			LifecycleStage stage = LifecycleStage.valueOf(current);
			return stage.ordinal() + 1 < LifecycleStage.values().length
					? Optional.of(LifecycleStage.values()[stage.ordinal() + 1].name()) : Optional.empty();
		}
		AlignmentPhase phase = AlignmentPhase.valueOf(current);
		return phase.ordinal() + 1 < AlignmentPhase.values().length
				? Optional.of(AlignmentPhase.values()[phase.ordinal() + 1].name()) : Optional.empty();
	}

	/** The lifecycle stage or alignment phase a stored code names (its words are in the initiative bundle); null if none. */
	public DomainTerm termOf(String code) {
		if (code == null || !knows(code)) {
			return null;
		}
		return this == STAGE ? LifecycleStage.valueOf(code) : AlignmentPhase.valueOf(code);
	}

	/** Whether a code names one of this gate's stages or phases. */
	public boolean knows(String code) {
		try {
			if (this == STAGE) {
				LifecycleStage.valueOf(code);
			}
			else {
				AlignmentPhase.valueOf(code);
			}
			return true;
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			return false;
		}
	}
}
