package io.cyclewise.signal.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.signal.ObservationSource;

/**
 * One small line chart per metric, drawn on the server as SVG (no script, so it also works inside an htmx
 * fragment): one colour per user context, solid lines for operational data, dashed for training/validation data.
 * {@link #rows()} is the same data as a table for screen readers.
 */
public record MetricChart(String metric, boolean higherIsBetter, List<Series> series, List<Row> rows,
		String lowestValue, String highestValue, LocalDate from, LocalDate to) {

	public static final int WIDTH = 600;
	public static final int HEIGHT = 220;
	static final int LEFT = 56;
	static final int RIGHT = 590;
	static final int TOP = 12;
	static final int BOTTOM = 190;

	/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
	static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
			"#000000");

	/** One value on the chart; the page says it in words (its tooltip). */
	public record Point(double x, double y, String userContext, ObservationSource source, LocalDate date, String value) {
	}

	public record Series(String userContext, ObservationSource source, String colour, List<Point> points) {

		public boolean dashed() {
			return source == ObservationSource.TRAINING;
		}

		/**
		 * The polyline's {@code points} attribute. A training/validation line continues flat to the right edge: it is
		 * the baseline operational values are compared with, even if it was measured once.
		 */
		public String polyline() {
			StringBuilder text = new StringBuilder();
			for (Point point : points) {
				text.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y()));
			}
			Point last = points.get(points.size() - 1);
			if (dashed() && last.x() < RIGHT) {
				text.append(String.format(Locale.ROOT, "%.1f,%.1f", (double) RIGHT, last.y()));
			}
			return text.toString().trim();
		}
	}

	public record Row(LocalDate date, String userContext, ObservationSource source, String value) {
	}

	/** Groups one initiative's observations by metric (case-insensitively), charts in order of first appearance. */
	public static List<MetricChart> of(List<Observation> observations) {
		Map<String, List<Observation>> byMetric = new LinkedHashMap<>();
		observations.stream()
			.sorted(Comparator.comparing(Observation::getObservedOn).thenComparing(Observation::getId))
			.forEach(o -> byMetric.computeIfAbsent(o.getMetric().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(o));
		return byMetric.values().stream().map(MetricChart::chart).toList();
	}

	private static MetricChart chart(List<Observation> values) {
		LocalDate from = values.get(0).getObservedOn();
		LocalDate to = values.get(values.size() - 1).getObservedOn();
		BigDecimal lowest = values.stream().map(Observation::getValue).min(BigDecimal::compareTo).orElseThrow();
		BigDecimal highest = values.stream().map(Observation::getValue).max(BigDecimal::compareTo).orElseThrow();
		double low = lowest.doubleValue();
		double high = highest.doubleValue();
		double padding = high == low ? Math.max(Math.abs(high) * 0.1, 1) : (high - low) * 0.08;
		low -= padding;
		high += padding;
		long days = Math.max(ChronoUnit.DAYS.between(from, to), 0);

		List<String> contexts = values.stream().map(Observation::getUserContext).distinct().sorted().toList();
		Map<String, List<Point>> points = new LinkedHashMap<>();
		Map<String, Observation> firsts = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		for (Observation o : values) {
			double x = days == 0 ? (LEFT + RIGHT) / 2.0
					: LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, o.getObservedOn()) / (double) days;
			double y = BOTTOM - (BOTTOM - TOP) * (o.getValue().doubleValue() - low) / (high - low);
			String key = o.getUserContext() + "\u0000" + o.getSource();
			points.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(x, y, o.getUserContext(), o.getSource(),
					o.getObservedOn(), o.getDisplayValue()));
			firsts.putIfAbsent(key, o);
			rows.add(new Row(o.getObservedOn(), o.getUserContext(), o.getSource(), o.getDisplayValue()));
		}
		List<Series> series = new ArrayList<>();
		points.forEach((key, line) -> {
			Observation first = firsts.get(key);
			String colour = COLOURS.get(contexts.indexOf(first.getUserContext()) % COLOURS.size());
			series.add(new Series(first.getUserContext(), first.getSource(), colour, line));
		});
		series.sort(Comparator.comparing(Series::userContext).thenComparing(Series::source));
		Observation last = values.get(values.size() - 1);
		return new MetricChart(values.get(0).getMetric(), last.isHigherIsBetter(), series, rows,
				lowest.stripTrailingZeros().toPlainString(), highest.stripTrailingZeros().toPlainString(), from, to);
	}

	/** A single observation is said in words: a lone dot on empty axes reads like a broken chart. */
	public boolean onlyOneObservation() {
		return rows.size() == 1;
	}

	/** The one observation, when there is only one (the page says it in words). */
	public Row onlyObservation() {
		return rows.get(0);
	}

	/** The y position of the highest and lowest value (for the axis labels). */
	public double highestY() {
		return TOP + (BOTTOM - TOP) * 0.08 / 1.16;
	}

	public double lowestY() {
		return BOTTOM - (BOTTOM - TOP) * 0.08 / 1.16;
	}
}
