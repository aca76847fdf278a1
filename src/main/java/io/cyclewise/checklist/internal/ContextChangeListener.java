package io.cyclewise.checklist.internal;

import java.time.Clock;
import java.util.Set;

import io.cyclewise.checklist.ConditionsToReassess;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.signal.ContextChangeKind;
import io.cyclewise.signal.ContextChangeRecorded;
import io.cyclewise.signal.ContextChangeType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The JSIS 2022 value-creation study's COVID-19 case: a sudden shock in the external environment puts an autonomous
 * agent's "stable environment" condition in doubt, so its answer is marked to reassess (in bulk SQL, in the
 * background) and the mechanism fit then suggests the shift the remaining met conditions support.
 */
@Component
class ContextChangeListener {

	private final ReassessQueries queries;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ContextChangeListener(ReassessQueries queries, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ContextChangeRecorded recorded) {
		// Only a sudden shock breaks the stationarity an autonomous agent relies on overnight; a gradual change in
		// standards or regulations is answered by retraining (and regulations by the ethical-and-legal condition).
		if (recorded.type() != ContextChangeType.EXTERNAL_ENVIRONMENT || recorded.kind() != ContextChangeKind.SUDDEN_SHOCK) {
			return;
		}
		String reason = recorded.title().length() > 200 ? recorded.title().substring(0, 200) : recorded.title();
		Set<Long> marked = queries.mark(NecessaryCondition.STABLE_ENVIRONMENT, recorded.initiativeIds(),
				recorded.eventId(), recorded.occurredOn(), reason, clock.instant());
		if (!marked.isEmpty()) {
			events.publishEvent(new ConditionsToReassess(marked));
		}
	}
}
