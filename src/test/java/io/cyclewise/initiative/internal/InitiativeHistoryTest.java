package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InitiativeHistoryTest {

	@Test
	void reportsOnlyTheAspectsThatChanged() {
		Map<Aspect, String> before = new EnumMap<>(Aspect.class);
		before.put(Aspect.NAME, "Demand forecast");
		before.put(Aspect.ALIGNMENT_PHASE, "REINITIATING");
		before.put(Aspect.TECHNOLOGY_CYCLE_PACE, "14");
		Map<Aspect, String> after = new EnumMap<>(before);
		after.put(Aspect.ALIGNMENT_PHASE, "EFFECTUATING");
		after.put(Aspect.TECHNOLOGY_CYCLE_PACE, "7");

		assertThat(InitiativeHistory.differences(before, after)).containsExactly(
				new InitiativeHistory.Difference(Aspect.ALIGNMENT_PHASE, "REINITIATING", "EFFECTUATING"),
				new InitiativeHistory.Difference(Aspect.TECHNOLOGY_CYCLE_PACE, "14", "7"));
	}

	@Test
	void aValueThatAppearsOrDisappearsIsAChange() {
		Map<Aspect, String> before = new EnumMap<>(Aspect.class);
		Map<Aspect, String> after = new EnumMap<>(Aspect.class);
		after.put(Aspect.USER_CYCLE_NOTE, "ambassadors named");

		assertThat(InitiativeHistory.differences(before, after))
			.containsExactly(new InitiativeHistory.Difference(Aspect.USER_CYCLE_NOTE, null, "ambassadors named"));
		assertThat(InitiativeHistory.differences(after, after)).isEmpty();
	}

	@Test
	void historyKnowsTheTermBehindAStoredCode() {
		assertThat(Aspect.ALIGNMENT_PHASE.term("REINITIATING")).isEqualTo(AlignmentPhase.REINITIATING);
		assertThat(Aspect.MECHANISM.term("PROCESS_AUTOMATION")).isEqualTo(ValueCreationMechanism.PROCESS_AUTOMATION);
		assertThat(Aspect.TECHNOLOGY_CYCLE_STATE.term("RETRAINING")).isEqualTo(TechnologyCycleState.RETRAINING);
		assertThat(Aspect.ALIGNMENT_PHASE.term("REINITIATING").label()).isEqualTo("(Re)Initiating Alignment");
		assertThat(Aspect.NAME.term("RETRAINING")).isNull();
		assertThat(Aspect.ALIGNMENT_PHASE.term("SOMETHING_OLD")).isNull();
	}
}
