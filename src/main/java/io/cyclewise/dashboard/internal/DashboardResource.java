package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.risk.Characteristic;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The dashboard's numbers as JSON, from the same aggregate queries as the page (one GROUP BY each over the
 * registry and the risk engine's rollup tables): the same numbers, none of the HTML.
 */
record DashboardResource(
		@Schema(description = "The filters applied; for a project lead without another role, lead is always themselves.") Filter filter,
		long initiatives,
		@Schema(description = "Initiatives whose model runs on live data.") long deployed,
		@Schema(description = "Deployed and broadly used (User Cycle Adopting or Routinized).") long productive,
		@Schema(description = "Open flags (accepted ones included), all characteristics.") long openFlags,
		List<PhaseCount> byPhase, List<PhaseMechanismCount> byPhaseAndMechanism, List<MechanismCount> byMechanism,
		@Schema(description = "The lifecycle funnel (Papineni & Lind (2023)).") List<StageStep> funnel,
		List<CharacteristicCount> openFlagsByCharacteristic,
		@Schema(description = "Open flags per business unit and characteristic (the heat map); cells without flags are left out.") List<HeatCell> openFlagsByBusinessUnit,
		@Schema(description = "The ten initiatives with the highest risk score (open flags not accepted, weighted by severity).") List<RankedInitiative> topByRisk,
		@Schema(description = "Flags raised and cleared per week (weeks start on Monday), the last 26 weeks.") List<Week> weeklyTrend,
		@Schema(description = "Risks accepted by leads and still in force.") List<AcceptedRisk> acceptedRisks,
		@Schema(description = "Checklist completion by mechanism (items answered not applicable left out).") List<Completion> checklistCompletion,
		Freshness freshness) {

	@Schema(name = "DashboardAppliedFilter")
	record Filter(Long businessUnit, AlignmentPhase phase, ValueCreationMechanism mechanism, Long lead) {
	}

	@Schema(name = "DashboardPhaseCount")
	record PhaseCount(AlignmentPhase phase, long initiatives) {
	}

	@Schema(name = "DashboardPhaseMechanismCount")
	record PhaseMechanismCount(AlignmentPhase phase, ValueCreationMechanism mechanism, long initiatives) {
	}

	@Schema(name = "DashboardMechanismCount")
	record MechanismCount(ValueCreationMechanism mechanism, long initiatives) {
	}

	@Schema(name = "DashboardStageStep")
	record StageStep(LifecycleStage stage, @Schema(description = "Initiatives at this stage.") long at,
			@Schema(description = "Initiatives at this stage or a later one.") long reached) {
	}

	@Schema(name = "DashboardCharacteristicCount")
	record CharacteristicCount(Characteristic characteristic, long flags,
			@Schema(description = "Initiatives carrying at least one of these flags.") long initiatives) {
	}

	@Schema(name = "DashboardHeatCell")
	record HeatCell(long businessUnitId, String businessUnit, Characteristic characteristic, long flags,
			long initiatives) {
	}

	@Schema(name = "DashboardRankedInitiative")
	record RankedInitiative(long id, String name, String businessUnit, long riskScore, long critical, long warning,
			long info) {
	}

	@Schema(name = "DashboardWeek")
	record Week(LocalDate weekStart, long raised, long cleared) {
	}

	@Schema(name = "DashboardAcceptedRisk")
	record AcceptedRisk(long initiativeId, String initiative, String rule, String reason, String acceptedBy,
			LocalDate expiresOn) {
	}

	@Schema(name = "DashboardCompletion")
	record Completion(ValueCreationMechanism mechanism, long initiatives, long itemsMet, long itemsApplicable,
			long percentMet, long conditionsMet, long conditionsRequired) {
	}

	@Schema(name = "DashboardFreshness")
	record Freshness(long initiatives, @Schema(description = "Initiatives the risk engine has evaluated.") long evaluated,
			@Schema(description = "When the least recently evaluated initiative was evaluated.") Instant oldestEvaluation) {
	}

	static DashboardResource of(DashboardFilter filter, PortfolioOverview overview) {
		List<PhaseCount> byPhase = new ArrayList<>();
		List<PhaseMechanismCount> matrix = new ArrayList<>();
		for (var row : overview.phaseByMechanism().entrySet()) {
			byPhase.add(new PhaseCount(row.getKey(), overview.phaseTotal(row.getKey())));
			row.getValue().forEach((mechanism, count) -> matrix.add(new PhaseMechanismCount(row.getKey(), mechanism, count)));
		}
		List<MechanismCount> byMechanism = new ArrayList<>();
		for (ValueCreationMechanism mechanism : ValueCreationMechanism.values()) {
			byMechanism.add(new MechanismCount(mechanism, overview.phaseByMechanism().values().stream()
				.mapToLong(row -> row.get(mechanism)).sum()));
		}
		List<HeatCell> heat = new ArrayList<>();
		List<CharacteristicCount> byCharacteristic = new ArrayList<>();
		for (Characteristic characteristic : Characteristic.values()) {
			long flags = 0;
			long initiatives = 0;
			for (var row : overview.heatMap()) {
				flags += row.flags().get(characteristic);
				initiatives += row.initiatives().get(characteristic);
			}
			byCharacteristic.add(new CharacteristicCount(characteristic, flags, initiatives));
		}
		for (var row : overview.heatMap()) {
			for (Map.Entry<Characteristic, Long> cell : row.flags().entrySet()) {
				if (cell.getValue() > 0) {
					heat.add(new HeatCell(row.businessUnitId(), row.businessUnit(), cell.getKey(), cell.getValue(),
							row.initiatives().get(cell.getKey())));
				}
			}
		}
		var deployment = overview.deployment();
		var freshness = overview.freshness();
		return new DashboardResource(
				new Filter(filter.getBusinessUnit(), filter.getPhase(), filter.getMechanism(), filter.getLead()),
				deployment.initiatives(), deployment.deployed(), deployment.productive(),
				byCharacteristic.stream().mapToLong(CharacteristicCount::flags).sum(), byPhase, matrix, byMechanism,
				overview.funnel().stream().map(step -> new StageStep(step.stage(), step.at(), step.reached())).toList(),
				byCharacteristic, heat,
				overview.topByRisk().stream().map(ranked -> new RankedInitiative(ranked.id(), ranked.name(),
						ranked.businessUnit(), ranked.score(), ranked.critical(), ranked.warning(), ranked.info())).toList(),
				overview.weeks().stream().map(week -> new Week(week.start(), week.raised(), week.cleared())).toList(),
				overview.acceptedRisks().stream().map(risk -> new AcceptedRisk(risk.initiativeId(), risk.initiative(),
						risk.rule(), risk.reason(), risk.acceptedBy(), risk.expiresOn())).toList(),
				overview.completion().entrySet().stream().map(entry -> new Completion(entry.getKey(),
						entry.getValue().initiatives(), entry.getValue().met(), entry.getValue().applicable(),
						entry.getValue().percentMet(), entry.getValue().conditionsMet(),
						entry.getValue().conditionsRequired())).toList(),
				new Freshness(freshness.initiatives(), freshness.evaluated(), freshness.oldestEvaluation()));
	}
}
