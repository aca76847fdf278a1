package io.cyclewise.initiative.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InitiativeFormTest {

	@Test
	void userContextsAreSplitTrimmedAndDeduplicated() {
		InitiativeForm form = new InitiativeForm();
		form.setUserContexts(" Region North, Region South\nRegion North ,, ");
		assertThat(form.userContextList()).containsExactly("Region North", "Region South");
	}

	@Test
	void noUserContextsIsAnEmptyList() {
		assertThat(new InitiativeForm().userContextList()).isEmpty();
	}
}
