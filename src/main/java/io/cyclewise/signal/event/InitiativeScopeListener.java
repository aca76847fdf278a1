package io.cyclewise.signal.event;

import java.util.EnumSet;
import java.util.Set;

import io.cyclewise.initiative.Aspect;
import io.cyclewise.initiative.InitiativeChanged;
import io.cyclewise.signal.ContextEventService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The rule for initiatives that enter an event's scope <em>after</em> it was recorded (docs/signals.md): while the
 * event is open, they are linked too — when registered, or when their business unit, user contexts or (from
 * Retired) their ML Technology Cycle state change.
 */
@Component
class InitiativeScopeListener {

	private static final Set<Aspect> SCOPE_ASPECTS = EnumSet.of(Aspect.REGISTERED, Aspect.BUSINESS_UNIT,
			Aspect.USER_CONTEXTS, Aspect.TECHNOLOGY_CYCLE_STATE);

	private final ContextEventService events;

	InitiativeScopeListener(ContextEventService events) {
		this.events = events;
	}

	@ApplicationModuleListener
	void on(InitiativeChanged changed) {
		if (changed.aspects().stream().anyMatch(SCOPE_ASPECTS::contains)) {
			events.linkOpenEventsTo(changed.initiativeId());
		}
	}
}
