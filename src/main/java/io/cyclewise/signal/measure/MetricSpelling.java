package io.cyclewise.signal.measure;

/** How a metric was first recorded for an initiative: its spelling and direction, which later values keep. */
public record MetricSpelling(String metric, boolean higherIsBetter) {

	public static MetricSpelling of(Observation observation) {
		return new MetricSpelling(observation.getMetric(), observation.isHigherIsBetter());
	}
}
