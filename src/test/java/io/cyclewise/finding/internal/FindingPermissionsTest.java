package io.cyclewise.finding.internal;


import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.support.TestInitiatives;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.junit.jupiter.api.Test;

import static io.cyclewise.support.Users.AS_ADMIN;
import static io.cyclewise.support.Users.AS_EXECUTIVE;
import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.AS_OTHER_LEAD;
import static io.cyclewise.support.Users.AS_SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;

class FindingPermissionsTest {

	/** An initiative led by "lead" (only who leads it matters to these rules). */
	static InitiativeSummary ledByLead() {
		return TestInitiatives.ledBy("lead");
	}

	@Test
	void theLeadOfTheInitiativeDataScientistsAndAdminsRecord() {
		InitiativeSummary initiative = ledByLead();
		assertThat(FindingPermissions.canRecord(AS_LEAD, initiative)).isTrue();
		assertThat(FindingPermissions.canRecord(AS_SCIENTIST, initiative)).isTrue();
		assertThat(FindingPermissions.canRecord(AS_ADMIN, initiative)).isTrue();
		assertThat(FindingPermissions.canRecord(AS_OTHER_LEAD, initiative)).isFalse();
		assertThat(FindingPermissions.canRecord(AS_EXECUTIVE, initiative)).isFalse();
	}

	@Test
	void anyoneWhoRecordsExceptTheOwnerVerifies() {
		InitiativeSummary initiative = ledByLead();
		assertThat(FindingPermissions.canVerify(AS_LEAD, initiative, "scientist")).isTrue();
		assertThat(FindingPermissions.canVerify(AS_SCIENTIST, initiative, "Scientist")).isFalse();
		assertThat(FindingPermissions.canVerify(AS_SCIENTIST, initiative, "lead")).isTrue();
		assertThat(FindingPermissions.canVerify(AS_ADMIN, initiative, "lead")).isTrue();
		assertThat(FindingPermissions.canVerify(AS_ADMIN, initiative, "admin")).isFalse();
		assertThat(FindingPermissions.canVerify(AS_EXECUTIVE, initiative, "lead")).isFalse();
		assertThat(FindingPermissions.canVerify(AS_OTHER_LEAD, initiative, "scientist")).isFalse();
	}
}
