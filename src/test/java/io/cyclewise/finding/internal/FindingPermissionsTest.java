package io.cyclewise.finding.internal;

import java.util.EnumSet;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.support.TestInitiatives;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingPermissionsTest {

	static final CurrentUser LEAD = new CurrentUser("lead", EnumSet.of(Role.PROJECT_LEAD));
	static final CurrentUser OTHER_LEAD = new CurrentUser("lead2", EnumSet.of(Role.PROJECT_LEAD));
	static final CurrentUser SCIENTIST = new CurrentUser("scientist", EnumSet.of(Role.DATA_SCIENTIST));
	static final CurrentUser EXECUTIVE = new CurrentUser("executive", EnumSet.of(Role.EXECUTIVE));
	static final CurrentUser ADMIN = new CurrentUser("admin", EnumSet.of(Role.ADMIN));

	/** An initiative led by "lead" (only who leads it matters to these rules). */
	static InitiativeSummary ledByLead() {
		return TestInitiatives.ledBy("lead");
	}

	@Test
	void theLeadOfTheInitiativeDataScientistsAndAdminsRecord() {
		InitiativeSummary initiative = ledByLead();
		assertThat(FindingPermissions.canRecord(LEAD, initiative)).isTrue();
		assertThat(FindingPermissions.canRecord(SCIENTIST, initiative)).isTrue();
		assertThat(FindingPermissions.canRecord(ADMIN, initiative)).isTrue();
		assertThat(FindingPermissions.canRecord(OTHER_LEAD, initiative)).isFalse();
		assertThat(FindingPermissions.canRecord(EXECUTIVE, initiative)).isFalse();
	}

	@Test
	void anyoneWhoRecordsExceptTheOwnerVerifies() {
		InitiativeSummary initiative = ledByLead();
		assertThat(FindingPermissions.canVerify(LEAD, initiative, "scientist")).isTrue();
		assertThat(FindingPermissions.canVerify(SCIENTIST, initiative, "Scientist")).isFalse();
		assertThat(FindingPermissions.canVerify(SCIENTIST, initiative, "lead")).isTrue();
		assertThat(FindingPermissions.canVerify(ADMIN, initiative, "lead")).isTrue();
		assertThat(FindingPermissions.canVerify(ADMIN, initiative, "admin")).isFalse();
		assertThat(FindingPermissions.canVerify(EXECUTIVE, initiative, "lead")).isFalse();
		assertThat(FindingPermissions.canVerify(OTHER_LEAD, initiative, "scientist")).isFalse();
	}
}
