package io.cyclewise.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Initiative;
import io.cyclewise.initiative.InitiativeForm;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnitRepository;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Registers and changes initiatives through the initiative service, as a project lead would on the page, so tests
 * prepare their subjects the way the portal stores them (events, checklists and flags follow). One place builds the
 * registration; tests say only what matters to them. A component of the test classpath: every {@code @SpringBootTest}
 * context scans it (without a context of its own).
 */
@Component
public class Registry {

	private final InitiativeService initiatives;

	private final UserDirectory users;

	private final BusinessUnitRepository businessUnits;

	private final Clock clock;

	Registry(InitiativeService initiatives, UserDirectory users, BusinessUnitRepository businessUnits, Clock clock) {
		this.initiatives = initiatives;
		this.users = users;
		this.businessUnits = businessUnits;
		this.clock = clock;
	}

	/**
	 * A registration led by the demo project lead "lead", starting today, in the first business unit by name, with a
	 * placeholder purpose; change any of it before {@link Registration#by}.
	 */
	public Registration initiative(String name) {
		InitiativeForm form = InitiativeForm.blank(users.findByUsername("lead").orElseThrow().getId(), LocalDate.now(clock));
		form.setName(name);
		form.setPurpose("A test initiative.");
		form.setBusinessUnitId(businessUnits.findAllByOrderByNameAsc().get(0).getId());
		return new Registration(form);
	}

	/** Changes a registered initiative as the given person would on its edit page. */
	public Initiative change(long id, Consumer<InitiativeForm> change, CurrentUser who) {
		InitiativeForm form = InitiativeForm.of(initiatives.get(id));
		change.accept(form);
		return initiatives.update(id, form, who);
	}

	/** One registration being described; {@link #by} stores it. */
	public final class Registration {

		private final InitiativeForm form;

		private Registration(InitiativeForm form) {
			this.form = form;
		}

		public Registration purpose(String purpose) {
			form.setPurpose(purpose);
			return this;
		}

		public Registration businessUnit(long businessUnitId) {
			form.setBusinessUnitId(businessUnitId);
			return this;
		}

		public Registration userContexts(String userContexts) {
			form.setUserContexts(userContexts);
			return this;
		}

		public Registration mechanism(ValueCreationMechanism mechanism) {
			form.setMechanism(mechanism);
			return this;
		}

		public Registration alignmentPhase(AlignmentPhase phase) {
			form.setAlignmentPhase(phase);
			return this;
		}

		/** The expected pace of each cycle, in days (organization, technology, user). */
		public Registration paces(int organizationDays, int technologyDays, int userDays) {
			form.setOrganizationPaceDays(organizationDays);
			form.setTechnologyPaceDays(technologyDays);
			form.setUserPaceDays(userDays);
			return this;
		}

		/** Anything else the registration form holds (cycle states, lifecycle stage …). */
		public Registration with(Consumer<InitiativeForm> change) {
			change.accept(form);
			return this;
		}

		/** What the registration would submit, e.g. to read the defaults it was given. */
		public InitiativeForm form() {
			return form;
		}

		/** Registers it as the given person (a project lead or an administrator). */
		public Initiative by(CurrentUser who) {
			return initiatives.register(form, who);
		}
	}
}
