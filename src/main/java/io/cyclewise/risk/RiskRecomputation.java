package io.cyclewise.risk;

import java.util.List;

import io.cyclewise.initiative.InitiativeChanged;
import io.cyclewise.initiative.InitiativeRepository;
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
	private final InitiativeRepository initiatives;
	private final RiskThresholdService thresholds;

	RiskRecomputation(RiskEngine engine, InitiativeRepository initiatives, RiskThresholdService thresholds) {
		this.engine = engine;
		this.initiatives = initiatives;
		this.thresholds = thresholds;
	}

	@ApplicationModuleListener
	void on(InitiativeChanged changed) {
		engine.recompute(changed.initiativeId());
	}

	@Scheduled(cron = "${cyclewise.risk.recompute-cron:0 30 2 * * *}")
	void nightly() {
		recomputeAll();
	}

	/** Every initiative, e.g. after a threshold changed. */
	void recomputeAll() {
		RiskThresholds current = thresholds.current();
		List<Long> ids = initiatives.findAllIds();
		for (Long id : ids) {
			engine.recompute(id, current);
		}
		log.info("Recomputed the risk flags of {} initiatives.", ids.size());
	}
}
