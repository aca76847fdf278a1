package io.cyclewise.checklist.internal;

import java.util.Set;

import io.cyclewise.checklist.ChecklistChanged;
import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new mechanism or stage changes which checklist items apply (answers are kept). A mechanism changed in the
 * registry's edit form is recorded as a shift, so the trajectory misses none.
 */
@Component
class InitiativeChangeListener {

	private static final Set<Aspect> APPLICABILITY = Set.of(Aspect.REGISTERED, Aspect.MECHANISM, Aspect.LIFECYCLE_STAGE);

	private final ChecklistWork service;
	private final ApplicationEventPublisher events;

	InitiativeChangeListener(ChecklistWork service, ApplicationEventPublisher events) {
		this.service = service;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(InitiativeChanged changed) {
		if (changed.aspects().contains(Aspect.MECHANISM)) {
			service.recordRegistryShifts(changed.initiativeId());
		}
		if (changed.aspects().stream().anyMatch(APPLICABILITY::contains)) {
			events.publishEvent(new ChecklistChanged(changed.initiativeId()));
		}
	}
}
