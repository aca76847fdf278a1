package io.cyclewise.risk.internal;

import java.util.Set;

import io.cyclewise.checklist.ChecklistChanged;
import io.cyclewise.checklist.ChecklistTemplatePublished;
import io.cyclewise.checklist.ConditionsToReassess;
import io.cyclewise.initiative.InitiativeChanged;
import io.cyclewise.signal.SignalsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When flags must be recomputed: whenever an input changes (durable events from the registry, checklists and
 * signals, handled asynchronously), and every night, because time alone changes some (a due date passes, a data
 * check grows old, an acceptance expires). Each only marks initiatives; the {@link RecomputationWorker} does the
 * work. Marking is idempotent, so a redelivered event or a nightly run on every app instance does no harm.
 */
@Component
public class RiskRecomputation {

	private static final Logger log = LoggerFactory.getLogger(RiskRecomputation.class);

	private final RecomputationQueue queue;

	RiskRecomputation(RecomputationQueue queue) {
		this.queue = queue;
	}

	@ApplicationModuleListener
	void on(InitiativeChanged changed) {
		queue.mark(Set.of(changed.initiativeId()), "Initiative changed");
	}

	@ApplicationModuleListener
	void on(ChecklistChanged changed) {
		queue.mark(Set.of(changed.initiativeId()), "Checklist answered");
	}

	@ApplicationModuleListener
	void on(ConditionsToReassess reassess) {
		queue.mark(reassess.initiativeIds(), "Conditions to reassess after a context change");
	}

	@ApplicationModuleListener
	void on(ChecklistTemplatePublished published) {
		queue.markAll("Checklist template “" + published.kind().label() + "” version " + published.version()
				+ " published by " + published.publishedBy());
	}

	@ApplicationModuleListener
	void on(SignalsChanged changed) {
		queue.mark(changed.initiativeIds(), "New signals for " + changed.initiativeIds().size() + " initiatives");
	}

	@Scheduled(cron = "${cyclewise.risk.recompute-cron:0 30 2 * * *}")
	@Transactional
	public void nightly() {
		log.info("Marked the risk flags of {} initiatives for the nightly recomputation.", queue.markAll("Nightly run"));
	}
}
