package uk.nhs.stp.score;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.stats.Descriptive;
import uk.nhs.stp.stats.FunnelComparison;
import uk.nhs.stp.stats.MannKendall;
import uk.nhs.stp.stats.RobustZScores;
import uk.nhs.stp.stats.StatisticsException;
import uk.nhs.stp.stats.TheilSen;
import uk.nhs.stp.stats.XmrChart;
import uk.nhs.stp.store.ObservationDao.StoredObservation;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;

/**
 * Scores one metric across areas (method §1–§2): the latest period, each area's level there
 * (funnel for proportions with numerator and denominator, robust z otherwise) and each area's
 * pace over the trailing window. An adapter: every number comes from {@code stats}.
 */
public final class MetricScorer {

	private final Thresholds thresholds;

	public MetricScorer(Thresholds thresholds) {
		this.thresholds = thresholds;
	}

	/**
	 * @param metric the metric
	 * @param observations its latest revisions, any order
	 */
	public MetricOutcome score(Metric metric, List<StoredObservation> observations) {
		Map<String, NavigableMap<Period, StoredObservation>> series = byArea(observations);
		Period latest = latestPeriod(series);
		if (latest == null) {
			return empty(metric, series, "no period was reported by at least " + this.thresholds.minAreas() + " areas");
		}
		Level level = level(metric, series, latest);
		Pace pace = pace(metric, series, latest);
		Map<String, AreaMetric> areas = new LinkedHashMap<>();
		for (var entry : series.entrySet()) {
			String area = entry.getKey();
			StoredObservation now = entry.getValue().get(latest);
			AreaMetric.Spc spc = spc(metric, entry.getValue().headMap(latest, true));
			areas.put(area, pace.forArea(area, now == null ? null : now.value(), level, latest, spc));
		}
		String note = join(level.note, pace.note);
		return new MetricOutcome(metric, latest, level.method, pace.spread, note, returned(areas, series, latest),
				requested(series, latest).size());
	}

	private MetricOutcome empty(Metric metric, Map<String, NavigableMap<Period, StoredObservation>> series,
			String note) {
		Map<String, AreaMetric> areas = new LinkedHashMap<>();
		series.keySet()
			.forEach(area -> areas.put(area, new AreaMetric(AreaMetric.Level.NONE, AreaMetric.Trend.NONE, null, note, 0)));
		return new MetricOutcome(metric, null, null, null, note, returned(areas, series, null),
				requested(series, null).size());
	}

	/** The periods asked of every area (method §7): those any area returned, up to the latest. */
	private static java.util.Set<Period> requested(Map<String, NavigableMap<Period, StoredObservation>> series,
			Period latest) {
		NavigableMap<Period, Integer> reported = reportingCounts(series);
		return latest == null ? reported.keySet() : reported.headMap(latest, true).keySet();
	}

	private static Map<String, AreaMetric> returned(Map<String, AreaMetric> areas,
			Map<String, NavigableMap<Period, StoredObservation>> series, Period latest) {
		java.util.Set<Period> requested = requested(series, latest);
		Map<String, AreaMetric> counted = new LinkedHashMap<>();
		areas.forEach((area, result) -> counted.put(area, result.withReturned(
				(int) series.get(area).keySet().stream().filter(requested::contains).count())));
		return counted;
	}

	private static Map<String, NavigableMap<Period, StoredObservation>> byArea(List<StoredObservation> observations) {
		Map<String, NavigableMap<Period, StoredObservation>> series = new TreeMap<>();
		for (StoredObservation o : observations) {
			series.computeIfAbsent(o.areaCode(), a -> new TreeMap<>()).put(o.period(), o);
		}
		return series;
	}

	/** The most recent period that at least min_areas areas reported. */
	private Period latestPeriod(Map<String, NavigableMap<Period, StoredObservation>> series) {
		NavigableMap<Period, Integer> reporting = reportingCounts(series);
		for (Period period : reporting.descendingKeySet()) {
			if (reporting.get(period) >= this.thresholds.minAreas()) {
				return period;
			}
		}
		return null;
	}

	private static NavigableMap<Period, Integer> reportingCounts(Map<String, NavigableMap<Period, StoredObservation>> series) {
		NavigableMap<Period, Integer> counts = new TreeMap<>();
		series.values().forEach(s -> s.keySet().forEach(p -> counts.merge(p, 1, Integer::sum)));
		return counts;
	}

	// --- level (§1) ---

	private record Level(String method, Map<String, Double> z, Map<String, Boolean> outlier, String note) {
	}

	private Level level(Metric metric, Map<String, NavigableMap<Period, StoredObservation>> series, Period latest) {
		List<String> areas = new ArrayList<>();
		List<StoredObservation> rows = new ArrayList<>();
		series.forEach((area, s) -> {
			if (s.containsKey(latest)) {
				areas.add(area);
				rows.add(s.get(latest));
			}
		});
		try {
			boolean funnel = metric.kind() == MetricKind.PROPORTION
					&& rows.stream().filter(r -> r.numerator() != null && r.denominator() != null).count() >= this.thresholds.minAreas();
			return funnel ? funnelLevel(metric, areas, rows) : robustLevel(metric, areas, rows);
		}
		catch (StatisticsException ex) {
			return new Level(null, Map.of(), Map.of(), "level not comparable this period: " + ex.getMessage());
		}
	}

	private static Level funnelLevel(Metric metric, List<String> areas, List<StoredObservation> rows) {
		List<String> used = new ArrayList<>();
		List<Double> num = new ArrayList<>();
		List<Double> den = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			StoredObservation r = rows.get(i);
			if (r.numerator() != null && r.denominator() != null) {
				used.add(areas.get(i));
				num.add(r.numerator());
				den.add(r.denominator());
			}
		}
		FunnelComparison.Result result = FunnelComparison.compare(toArray(num), toArray(den), metric.polarity());
		Map<String, Double> z = new HashMap<>();
		Map<String, Boolean> outlier = new HashMap<>();
		for (int i = 0; i < used.size(); i++) {
			z.put(used.get(i), result.z()[i]);
			outlier.put(used.get(i), result.outlier()[i]);
		}
		return new Level("funnel", z, outlier, null);
	}

	private static Level robustLevel(Metric metric, List<String> areas, List<StoredObservation> rows) {
		double[] values = rows.stream().mapToDouble(StoredObservation::value).toArray();
		RobustZScores.Result result = RobustZScores.of(values, metric.polarity());
		Map<String, Double> z = new HashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			z.put(areas.get(i), result.z()[i]);
		}
		return new Level("robust z", z, Map.of(), null);
	}

	// --- SPC (§3) ---

	/** The XmR chart of the area's whole history up to the latest period; null under two points. */
	private AreaMetric.Spc spc(Metric metric, NavigableMap<Period, StoredObservation> history) {
		if (history.size() < 2) {
			return null;
		}
		double[] y = history.values().stream().mapToDouble(StoredObservation::value).toArray();
		XmrChart.Result chart = XmrChart.of(y, this.thresholds.spcBaseline(), rebaseIndices(metric, history));
		XmrChart.Variation variation = XmrChart.variation(chart.latest(), metric.polarity());
		String assurance = metric.hasTarget()
				? XmrChart.assurance(chart.limits(), metric.target(), metric.polarity()).words() : null;
		return new AreaMetric.Spc(variation.words(), chart.latest().words(), assurance, chart.shortSeries(),
				variation == XmrChart.Variation.CONCERN);
	}

	/** Positions in the series where the metric's rebase periods start a new segment. */
	private static int[] rebaseIndices(Metric metric, NavigableMap<Period, StoredObservation> history) {
		List<Integer> indices = new ArrayList<>();
		List<Period> periods = new ArrayList<>(history.keySet());
		for (Period rebase : metric.rebase()) {
			for (int i = 1; i < periods.size(); i++) {
				if (!periods.get(i).start().isBefore(rebase.start())) {
					if (!indices.contains(i)) {
						indices.add(i);
					}
					break;
				}
			}
		}
		return indices.stream().sorted().mapToInt(Integer::intValue).toArray();
	}

	// --- pace (§2) ---

	private final class Pace {

		private final Metric metric;

		private final Map<String, NavigableMap<Period, StoredObservation>> series;

		private final YearMonth windowStart;

		private final Double spread;

		private final String note;

		Pace(Metric metric, Map<String, NavigableMap<Period, StoredObservation>> series, YearMonth windowStart,
				Double spread, String note) {
			this.metric = metric;
			this.series = series;
			this.windowStart = windowStart;
			this.spread = spread;
			this.note = note;
		}

		AreaMetric forArea(String area, Double latestValue, Level level, Period latest, AreaMetric.Spc spc) {
			List<StoredObservation> window = this.series.get(area)
				.values()
				.stream()
				.filter(o -> !o.period().start().isBefore(this.windowStart) && !o.period().end().isAfter(latest.end()))
				.toList();
			Double z = level.z.get(area);
			Boolean outlier = level.method != null && level.method.equals("funnel") ? level.outlier.get(area) : null;
			if (window.size() < MetricScorer.this.thresholds.minPoints()) {
				String why = "pace not shown: " + window.size() + " of the last " + MetricScorer.this.thresholds.windowMonths()
						+ " months reported (at least " + MetricScorer.this.thresholds.minPoints() + " periods needed)";
				return new AreaMetric(new AreaMetric.Level(latestValue, z, outlier), AreaMetric.Trend.tooShort(window.size()), spc,
						why, 0);
			}
			double[] t = window.stream().mapToDouble(o -> o.period().t()).toArray();
			double[] y = window.stream().mapToDouble(StoredObservation::value).toArray();
			TheilSen.Result slope = TheilSen.estimate(t, y, FunnelComparison.Z95);
			MannKendall.Result trend = MannKendall.test(y);
			Double pace = this.spread == null ? null : this.metric.polarity().sign() * slope.slope() / this.spread;
			return new AreaMetric(new AreaMetric.Level(latestValue, z, outlier),
					new AreaMetric.Trend(slope.slope(), slope.lower(), slope.upper(), pace, trend.p(), window.size()), spc,
					this.spread == null ? this.note : null, 0);
		}

	}

	private Pace pace(Metric metric, Map<String, NavigableMap<Period, StoredObservation>> series, Period latest) {
		YearMonth windowStart = latest.end().minusMonths(this.thresholds.windowMonths() - 1L);
		Period first = reportingCounts(series).entrySet()
			.stream()
			.filter(e -> !e.getKey().start().isBefore(windowStart) && e.getValue() >= this.thresholds.minAreas())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(latest);
		double[] values = series.values()
			.stream()
			.filter(s -> s.containsKey(first))
			.mapToDouble(s -> s.get(first).value())
			.toArray();
		double spread = Descriptive.mad(values);
		if (!(spread > 0)) {
			return new Pace(metric, series, windowStart, null, "pace left out: the national spread at " + first.label()
					+ " is 0, so there is no scale to measure pace in");
		}
		return new Pace(metric, series, windowStart, spread, null);
	}

	private static double[] toArray(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static String join(String a, String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a + "; " + b;
	}

}
