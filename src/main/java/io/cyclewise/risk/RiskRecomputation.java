package io.cyclewise.risk;

import io.cyclewise.checklist.ChecklistChanged;
import io.cyclewise.initiative.InitiativeChanged;
import io.cyclewise.signal.SignalsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When flags are recomputed: whenever an input changes (events from the registry, checklists and signals), and
 * every night, because time alone changes some (a due date passes, a data check grows old).
 */
@Component
class RiskRecomputation {

	private static final Logger log = LoggerFactory.getLogger(RiskRecomputation.class);

	private final RiskEngine engine;

	RiskRecomputation(RiskEngine engine) {
		this.engine = engine;
	}

	@ApplicationModuleListener
	void on(InitiativeChanged changed) {
		engine.recompute(changed.initiativeId());
	}

	@ApplicationModuleListener
	void on(ChecklistChanged changed) {
		engine.recompute(changed.initiativeId());
	}

	@ApplicationModuleListener
	void on(SignalsChanged changed) {
		changed.initiativeIds().forEach(engine::recompute);
	}

	@Scheduled(cron = "${cyclewise.risk.recompute-cron:0 30 2 * * *}")
	void nightly() {
		log.info("Recomputed the risk flags of {} initiatives.", engine.recomputeAll());
	}
}
