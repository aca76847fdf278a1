package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.CycleStatus;
import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.InitiativeFilter;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.MechanismType;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.cyclewise.organization.entity.BusinessUnit;
import io.cyclewise.organization.internal.BusinessUnitRepository;
import io.cyclewise.support.PostgresDataJpaTest;
import io.cyclewise.user.account.AppUser;
import io.cyclewise.user.internal.AppUserRepository;
import io.cyclewise.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresDataJpaTest
class InitiativeRepositoryTest {

	@Autowired
	InitiativeRepository initiatives;

	@Autowired
	BusinessUnitRepository businessUnits;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcTemplate jdbc;

	BusinessUnit logistics;
	BusinessUnit retail;
	AppUser lena;

	@BeforeEach
	void setUp() {
		logistics = businessUnits.save(new BusinessUnit("Logistics test", null));
		retail = businessUnits.save(new BusinessUnit("Retail test", null));
		lena = users.save(new AppUser("lena-test", "Lena", "{noop}x", Set.of(Role.PROJECT_LEAD)));
	}

	@Test
	void runsOnRealPostgresql() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void filtersByNameUnitPhaseAndMechanismType() {
		save("Demand forecast", logistics, AlignmentPhase.SUSTAINING, ValueCreationMechanism.HIGH_DISCRETION_TASK_AUGMENTATION);
		save("Route automation", logistics, AlignmentPhase.REINITIATING, ValueCreationMechanism.PROCESS_AUTOMATION);
		save("Churn insight", retail, AlignmentPhase.SUSTAINING, ValueCreationMechanism.KNOWLEDGE_CREATION);

		assertThat(names(filter(f -> f.setQ("FORE")))).containsExactly("Demand forecast");
		assertThat(names(filter(f -> f.setBusinessUnit(logistics.getId())))).containsExactly("Demand forecast", "Route automation");
		assertThat(names(filter(f -> f.setPhase(AlignmentPhase.SUSTAINING)))).containsExactly("Churn insight", "Demand forecast");
		assertThat(names(filter(f -> f.setMechanismType(MechanismType.AUTONOMOUS_AGENT)))).containsExactly("Route automation");
		assertThat(names(filter(f -> f.setLead(lena.getId())))).hasSize(3);
	}

	@Test
	void searchTreatsWildcardsLiterally() {
		save("Demand forecast", logistics, AlignmentPhase.SUSTAINING, ValueCreationMechanism.KNOWLEDGE_CREATION);
		assertThat(names(filter(f -> f.setQ("%")))).isEmpty();
		assertThat(names(filter(f -> f.setQ("_")))).isEmpty();
	}

	@Test
	void namesAreUniqueIgnoringCase() {
		save("Demand forecast", logistics, AlignmentPhase.SUSTAINING, ValueCreationMechanism.KNOWLEDGE_CREATION);
		assertThatThrownBy(() -> save("DEMAND FORECAST", retail, AlignmentPhase.SUSTAINING,
				ValueCreationMechanism.KNOWLEDGE_CREATION))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private List<String> names(InitiativeFilter filter) {
		return initiatives.findAll(filter.specification(), PageRequest.of(0, 50, filter.getSort().sort()))
			.map(Initiative::getName).getContent();
	}

	private static InitiativeFilter filter(java.util.function.Consumer<InitiativeFilter> settings) {
		InitiativeFilter filter = new InitiativeFilter();
		settings.accept(filter);
		return filter;
	}

	private void save(String name, BusinessUnit unit, AlignmentPhase phase, ValueCreationMechanism mechanism) {
		Initiative initiative = new Initiative("test", Instant.now());
		initiative.setName(name);
		initiative.setPurpose("purpose");
		initiative.setBusinessUnit(unit);
		initiative.setLead(lena);
		initiative.setAlignmentPhase(phase);
		initiative.setLifecycleStage(LifecycleStage.REQUIREMENTS_ANALYSIS);
		initiative.setMechanism(mechanism);
		LocalDate today = LocalDate.now();
		initiative.setCycle(new CycleStatus(Cycle.ORGANIZATION, OrganizationCycleState.FORMING, null, today, 90));
		initiative.setCycle(new CycleStatus(Cycle.TECHNOLOGY, TechnologyCycleState.EXPLORING, null, today, 14));
		initiative.setCycle(new CycleStatus(Cycle.USER, UserCycleState.IDENTIFIED, null, today, 180));
		initiatives.saveAndFlush(initiative);
	}
}
