package io.cyclewise.signal.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cyclewise.signal.ObservationSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MetricChartTest {

	static final LocalDate START = LocalDate.of(2026, 1, 1);
	long nextId = 1;

	@Test
	void oneChartPerMetricOneLinePerUserContextAndSource() {
		List<MetricChart> charts = MetricChart.of(List.of(
				observation("Recall", "Plant Lyon", ObservationSource.TRAINING, "0.96", 0),
				observation("recall", "Plant Lyon", ObservationSource.OPERATIONAL, "0.90", 10),
				observation("Recall", "Plant Porto", ObservationSource.OPERATIONAL, "0.80", 20),
				observation("Recall", "Plant Lyon", ObservationSource.OPERATIONAL, "0.94", 20),
				observation("Latency", "Plant Lyon", ObservationSource.OPERATIONAL, "120", 5)));

		assertThat(charts).extracting(MetricChart::metric).containsExactly("Recall", "Latency");
		MetricChart recall = charts.get(0);
		assertThat(recall.series()).extracting(MetricChart.Series::userContext, MetricChart.Series::source).containsExactly(
				tuple("Plant Lyon", ObservationSource.TRAINING), tuple("Plant Lyon", ObservationSource.OPERATIONAL),
				tuple("Plant Porto", ObservationSource.OPERATIONAL));
		assertThat(recall.rows()).hasSize(4);
		assertThat(recall.lowestValue()).isEqualTo("0.8");
		assertThat(recall.highestValue()).isEqualTo("0.96");
		assertThat(recall.from()).isEqualTo(START);
		assertThat(recall.to()).isEqualTo(START.plusDays(20));
		// Same user context, same colour; the highest value is drawn highest (smallest y).
		assertThat(recall.series().get(0).colour()).isEqualTo(recall.series().get(1).colour());
		assertThat(recall.series().get(2).colour()).isNotEqualTo(recall.series().get(1).colour());
		assertThat(recall.series().get(0).points().get(0).y()).isLessThan(recall.series().get(2).points().get(0).y());
	}

	@Test
	void aTrainingBaselineRunsToTheRightEdgeAndASingleDayIsCentred() {
		MetricChart chart = MetricChart.of(List.of(
				observation("MAPE", "North", ObservationSource.TRAINING, "0.08", 0),
				observation("MAPE", "North", ObservationSource.OPERATIONAL, "0.10", 30))).get(0);
		assertThat(chart.series().get(0).dashed()).isTrue();
		assertThat(chart.series().get(0).polyline()).endsWith(MetricChart.RIGHT + ".0," + String.format(java.util.Locale.ROOT,
				"%.1f", chart.series().get(0).points().get(0).y()));

		MetricChart single = MetricChart.of(List.of(observation("MAPE", "North", ObservationSource.OPERATIONAL, "5", 0))).get(0);
		assertThat(single.series().get(0).points().get(0).x()).isEqualTo((MetricChart.LEFT + MetricChart.RIGHT) / 2.0);
		assertThat(single.series().get(0).polyline()).doesNotContain("NaN");
	}

	@Test
	void aChartWithOneObservationSaysSoInsteadOfShowingALoneDot() {
		MetricChart single = MetricChart.of(List.of(observation("Recall", "Plant Lyon", ObservationSource.OPERATIONAL, "0.910", 3))).get(0);
		assertThat(single.onlyOneObservation()).isTrue();
		assertThat(single.onlyObservation()).isEqualTo(new MetricChart.Row(START.plusDays(3), "Plant Lyon",
				ObservationSource.OPERATIONAL, "0.91"));

		MetricChart two = MetricChart.of(List.of(observation("Recall", "Plant Lyon", ObservationSource.OPERATIONAL, "0.9", 0),
				observation("Recall", "Plant Lyon", ObservationSource.OPERATIONAL, "0.8", 7))).get(0);
		assertThat(two.onlyOneObservation()).isFalse();
	}

	private Observation observation(String metric, String context, ObservationSource source, String value, int day) {
		Observation observation = new Observation(1L, metric, new BigDecimal(value), true, context, source,
				START.plusDays(day), null, "scientist", START.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), UUID.randomUUID());
		ReflectionTestUtils.setField(observation, "id", nextId++);
		return observation;
	}
}
