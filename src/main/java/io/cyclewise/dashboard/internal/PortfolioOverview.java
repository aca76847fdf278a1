package io.cyclewise.dashboard.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.risk.Characteristic;

/** What the portfolio dashboard shows, arranged for the template. */
record PortfolioOverview(Map<AlignmentPhase, Map<ValueCreationMechanism, Long>> phaseByMechanism,
		List<StageStep> funnel, DashboardQueries.Deployment deployment, List<HeatRow> heatMap, long maxHeat,
		List<DashboardQueries.RankedInitiative> topByRisk, List<DashboardQueries.Week> weeks,
		List<DashboardQueries.AcceptedRisk> acceptedRisks, Map<ValueCreationMechanism, DashboardQueries.Completion> completion,
		DashboardQueries.Freshness freshness, DashboardQueries.AiActPanel aiAct) {

	/** Papineni & Lind (2023) cites Pohle (2018): about 20 % of ML projects reach deployment, and 60 % of those are productive. */
	static final double BENCHMARK_DEPLOYED = 0.20;
	static final double BENCHMARK_PRODUCTIVE = 0.60;

	/**
	 * No flag raised or cleared in any of the weeks: the chart would be a flat line at zero, so the page says it in
	 * words. (The weeks are always all 26, zero-filled, so the chart never has a single point.)
	 */
	public boolean quietWeeks() {
		return weeks.stream().allMatch(week -> week.raised() == 0 && week.cleared() == 0);
	}

	/** One funnel step: initiatives at this stage, and those that reached it (at this stage or later). */
	record StageStep(LifecycleStage stage, long at, long reached) {
	}

	record HeatRow(long businessUnitId, String businessUnit, Map<Characteristic, Long> flags,
			Map<Characteristic, Long> initiatives) {
	}

	static PortfolioOverview of(DashboardQueries queries, PortfolioScope scope) {
		Map<AlignmentPhase, Map<ValueCreationMechanism, Long>> matrix = new LinkedHashMap<>();
		for (AlignmentPhase phase : AlignmentPhase.values()) {
			Map<ValueCreationMechanism, Long> row = new LinkedHashMap<>();
			Arrays.stream(ValueCreationMechanism.values()).forEach(mechanism -> row.put(mechanism, 0L));
			matrix.put(phase, row);
		}
		queries.phaseByMechanism(scope).forEach(count -> matrix.get(AlignmentPhase.valueOf(count.first()))
			.put(ValueCreationMechanism.valueOf(count.second()), count.count()));

		Map<LifecycleStage, Long> atStage = new LinkedHashMap<>();
		Arrays.stream(LifecycleStage.values()).forEach(stage -> atStage.put(stage, 0L));
		queries.byStage(scope).forEach(count -> atStage.put(LifecycleStage.valueOf(count.first()), count.count()));
		LifecycleStage[] stages = LifecycleStage.values();
		List<StageStep> funnel = new java.util.ArrayList<>();
		for (int index = 0; index < stages.length; index++) {
			long reached = 0;
			for (int later = index; later < stages.length; later++) {
				reached += atStage.get(stages[later]);
			}
			funnel.add(new StageStep(stages[index], atStage.get(stages[index]), reached));
		}

		Map<Long, HeatRow> heat = new LinkedHashMap<>();
		long max = 0;
		for (var cell : queries.openFlagsByUnitAndCharacteristic(scope)) {
			HeatRow row = heat.computeIfAbsent(cell.businessUnitId(), id -> new HeatRow(id, cell.businessUnit(), emptyCharacteristics(),
					emptyCharacteristics()));
			row.flags().put(Characteristic.valueOf(cell.characteristic()), cell.flags());
			row.initiatives().put(Characteristic.valueOf(cell.characteristic()), cell.initiatives());
			max = Math.max(max, cell.flags());
		}
		Map<ValueCreationMechanism, DashboardQueries.Completion> completion = new LinkedHashMap<>();
		Arrays.stream(ValueCreationMechanism.values())
			.forEach(mechanism -> completion.put(mechanism, new DashboardQueries.Completion(mechanism.name(), 0, 0, 0, 0, 0)));
		queries.checklistCompletionByMechanism(scope)
			.forEach(c -> completion.put(ValueCreationMechanism.valueOf(c.mechanism()), c));
		return new PortfolioOverview(matrix, funnel, queries.deployment(scope), List.copyOf(heat.values()), max,
				queries.topByRisk(scope), queries.raisedAndClearedPerWeek(scope), queries.acceptedRisks(scope), completion,
				queries.freshness(scope), queries.aiAct(scope));
	}

	private static Map<Characteristic, Long> emptyCharacteristics() {
		Map<Characteristic, Long> flags = new LinkedHashMap<>();
		Arrays.stream(Characteristic.values()).forEach(c -> flags.put(c, 0L));
		return flags;
	}

	public long phaseTotal(AlignmentPhase phase) {
		return phaseByMechanism.get(phase).values().stream().mapToLong(Long::longValue).sum();
	}

	public String deployedRate() {
		return percent(deployment.deployed(), deployment.initiatives());
	}

	public String productiveRate() {
		return percent(deployment.productive(), deployment.deployed());
	}

	private static String percent(long part, long whole) {
		return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
	}

	/** Heat-map shading: 0 (none) to 4 (the busiest cell). */
	public int heatLevel(long flags) {
		return flags == 0 || maxHeat == 0 ? 0 : (int) Math.ceil(4.0 * flags / maxHeat);
	}
}
