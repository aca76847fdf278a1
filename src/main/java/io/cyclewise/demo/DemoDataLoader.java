package io.cyclewise.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ExpectationForm;
import io.cyclewise.initiative.Initiative;
import io.cyclewise.initiative.InitiativeForm;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.organization.BusinessUnit;
import io.cyclewise.organization.BusinessUnitRepository;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import io.cyclewise.user.account.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo users and a demo portfolio once, into an empty database, through the same services the pages use
 * (so history rows and events are real). Off in production: {@code CYCLEWISE_DEMO_DATA=false}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "cyclewise.demo-data", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final UserDirectory users;
	private final BusinessUnitRepository businessUnits;
	private final InitiativeService initiatives;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	DemoDataLoader(UserDirectory users, BusinessUnitRepository businessUnits, InitiativeService initiatives,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.businessUnits = businessUnits;
		this.initiatives = initiatives;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.isEmpty()) {
			transaction.executeWithoutResult(status -> load());
			events.publishEvent(new DemoPortfolioLoaded());
			log.info("Loaded the demo portfolio: {} initiatives in {} business units.", DemoData.INITIATIVES.size(),
					DemoData.UNITS.size());
		}
		log.info("Demo sign-ins (password '{}' for each): {}", DemoData.PASSWORD, DemoData.USERS.stream()
			.map(user -> user.username() + " (" + user.roles() + ")").collect(Collectors.joining(", ")));
	}

	private void load() {
		Map<String, AppUser> people = new HashMap<>();
		for (var user : DemoData.USERS) {
			Set<Role> roles = Arrays.stream(user.roles().split(",")).map(Role::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
			people.put(user.username(), users.register(user.username(), user.displayName(), DemoData.PASSWORD, roles));
		}
		Map<String, BusinessUnit> units = new HashMap<>();
		for (var unit : DemoData.UNITS) {
			units.put(unit.name(), businessUnits.save(new BusinessUnit(unit.name(), unit.description())));
		}
		LocalDate today = LocalDate.now(clock);
		for (var demo : DemoData.INITIATIVES) {
			AppUser lead = people.get(demo.lead());
			CurrentUser asLead = new CurrentUser(lead.getUsername(), EnumSet.of(Role.PROJECT_LEAD));
			InitiativeForm form = InitiativeForm.blank(lead.getId(), today);
			form.setName(demo.name());
			form.setPurpose(demo.purpose());
			form.setBusinessUnitId(units.get(demo.unit()).getId());
			form.setUserContexts(demo.userContexts());
			// Registered with its mechanism, so the mechanism trajectory shows only real shifts.
			form.setMechanism(demo.mechanism());
			form.setChangeReason("Registered with the demo portfolio.");
			Initiative initiative = initiatives.register(form, asLead);
			// A second save moves it to where it stands today, so the history shows a real path.
			InitiativeForm current = InitiativeForm.of(initiative);
			current.setAlignmentPhase(demo.phase());
			current.setLifecycleStage(demo.stage());
			current.setMechanism(demo.mechanism());
			current.setOrganizationState(demo.organization());
			current.setOrganizationPaceDays(demo.organizationPace());
			current.setOrganizationSince(today.minusDays(demo.organizationSinceDaysAgo()));
			current.setTechnologyState(demo.technology());
			current.setTechnologyPaceDays(demo.technologyPace());
			current.setTechnologySince(today.minusDays(demo.technologySinceDaysAgo()));
			current.setUserState(demo.user());
			current.setUserPaceDays(demo.userPace());
			current.setUserSince(today.minusDays(demo.userSinceDaysAgo()));
			current.setChangeReason(reasonFor(demo.phase(), demo.stage()));
			initiatives.update(initiative.getId(), current, asLead);
			addExpectations(initiative, demo, asLead, today);
			if (demo.name().equals("Fraud alert triage")) {
				retrainRepeatedly(initiative, asLead);
			}
		}
	}

	private static String reasonFor(AlignmentPhase phase, LifecycleStage stage) {
		return switch (phase) {
			case REINITIATING -> "Setting up the three cycles; now at " + stage.label().toLowerCase() + ".";
			case EFFECTUATING -> "Released to first users: the reality check has started.";
			case SUSTAINING -> "In operation; keeping the cycles aligned.";
		};
	}

	private void addExpectations(Initiative initiative, DemoData.DemoInitiative demo, CurrentUser lead, LocalDate today) {
		if (demo.phase() == AlignmentPhase.REINITIATING) {
			expect(initiative, lead, "Steering committee", "Prototype accuracy", "0.80", today.plusDays(60));
			return;
		}
		if (DIVERGENT_EXPECTATIONS.contains(demo.name())) {
			// The ML-based capability alignment study: different expectations among users and organization units lead to miscommunication.
			expect(initiative, lead, "Business sponsor", "Accuracy", "0.95", today.plusDays(45));
			expect(initiative, lead, "End users", "Accuracy", "0.80", today.plusDays(240));
			return;
		}
		expect(initiative, lead, "Business sponsor", "Accuracy", "0.90", today.plusDays(90));
		expect(initiative, lead, "End users", "Accuracy", "0.85", today.plusDays(120));
	}

	private static final Set<String> DIVERGENT_EXPECTATIONS = Set.of("Credit limit advisor", "Dynamic delivery slots");

	/** The ML-based capability alignment study's over-focus on the Technology Cycle: retrained again and again while the other cycles stand still. */
	private void retrainRepeatedly(Initiative initiative, CurrentUser lead) {
		String[] reasons = { "Redeployed after retraining on last month's fraud patterns.",
				"Retraining again: new card-testing attacks.", "Redeployed.", "Retraining again: chargeback rules changed." };
		for (int step = 0; step < reasons.length; step++) {
			InitiativeForm form = InitiativeForm.of(initiatives.get(initiative.getId()));
			form.setTechnologyState(step % 2 == 0 ? TechnologyCycleState.DEPLOYED : TechnologyCycleState.RETRAINING);
			form.setChangeReason(reasons[step]);
			initiatives.update(initiative.getId(), form, lead);
		}
	}

	private void expect(Initiative initiative, CurrentUser lead, String stakeholder, String metric, String target,
			LocalDate due) {
		ExpectationForm form = new ExpectationForm();
		form.setStakeholder(stakeholder);
		form.setMetric(metric);
		form.setTargetValue(new BigDecimal(target));
		form.setDueDate(due);
		initiatives.addExpectation(initiative.getId(), form, lead);
	}
}
