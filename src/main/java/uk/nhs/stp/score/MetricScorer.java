package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.XmrChart;
import uk.nhs.stp.stats.XmrLines;
import uk.nhs.stp.store.ObservationDao.StoredObservation;

/**
 * Scores one metric across areas (method §1–§3): the latest period, each area's latest value
 * (late where it is the period before), its level there (funnel or robust z), its pace over the
 * trailing window, its SPC reading, and the sampling noise the tier simulation draws from
 * (method §9). An adapter: every number comes from {@code stats}.
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
		return score(metric, observations, chart -> {
		});
	}

	/**
	 * As {@link #score(Metric, List)}, handing each area's full SPC chart of a core metric to
	 * {@code charts} as it is worked out (the report draws them; they are not kept in the outcome,
	 * so memory does not grow with areas × periods).
	 */
	public MetricOutcome score(Metric metric, List<StoredObservation> observations, Consumer<SpcChart> charts) {
		Map<String, NavigableMap<Period, StoredObservation>> series = byArea(observations);
		NavigableMap<Period, Integer> reporting = reportingCounts(series);
		Period latest = latestPeriod(reporting);
		if (latest == null) {
			return empty(metric, series, reporting, "no period was reported by at least " + this.thresholds.minAreas() + " areas");
		}
		LatestValues values = new LatestValues(series, latest);
		MetricLevel level = MetricLevel.of(metric, values.values(), this.thresholds.minAreas());
		MetricPace pace = MetricPace.of(metric, this.thresholds, series, reporting, latest);
		Spc spc = new Spc(metric, this.thresholds.spcBaseline(), metric.core() ? charts : null);
		Map<String, AreaMetric> areas = new LinkedHashMap<>();
		for (var entry : series.entrySet()) {
			areas.put(entry.getKey(), forArea(entry.getKey(), entry.getValue(), values, level, pace, spc, latest));
		}
		Double[] comparison = values.comparison(metric, this.thresholds.bottomQuintile());
		double[] funnel = level.funnel();
		MetricOutcome.Comparison national = new MetricOutcome.Comparison(comparison[0], comparison[1],
				funnel == null ? null : funnel[0], funnel == null ? null : funnel[1], funnel == null ? null : funnel[2]);
		return new MetricOutcome(metric, latest, level.method(), pace.spread(), join(level.note(), pace.note()),
				returned(areas, series, reporting, latest), requested(reporting, latest).size(), national);
	}

	private static AreaMetric forArea(String area, NavigableMap<Period, StoredObservation> history, LatestValues values,
			MetricLevel level, MetricPace pace, Spc spc, Period latest) {
		StoredObservation now = values.values().get(area);
		List<StoredObservation> window = pace.window(history);
		AreaMetric.Trend trend = pace.trend(window);
		AreaMetric.Level standing = new AreaMetric.Level(now == null ? null : now.value(), level.z().get(area),
				level.isFunnel() ? level.outlier().get(area) : null);
		AreaMetric.Source source = now == null ? AreaMetric.Source.NONE
				: new AreaMetric.Source(now.period(), values.isLate(area), now.numerator(), now.denominator(),
						history.firstKey());
		Double zSd = standing.z() == null ? null
				: level.isFunnel() ? level.zSd().get(area) : MetricPace.robustZSd(window, level.mad());
		AreaMetric.Noise noise = new AreaMetric.Noise(zSd, pace.paceSd(trend));
		String note = join(now == null ? values.missingNote() : null, pace.trendNote(trend, window.size()));
		return new AreaMetric(standing, trend, spc.reading(area, history.headMap(latest, true)), note, 0, source, noise);
	}

	private MetricOutcome empty(Metric metric, Map<String, NavigableMap<Period, StoredObservation>> series,
			NavigableMap<Period, Integer> reporting, String note) {
		Map<String, AreaMetric> areas = new LinkedHashMap<>();
		series.keySet()
			.forEach(area -> areas.put(area, new AreaMetric(AreaMetric.Level.NONE, AreaMetric.Trend.NONE, null, note, 0)));
		return new MetricOutcome(metric, null, null, null, note, returned(areas, series, reporting, null),
				requested(reporting, null).size());
	}

	/** The periods asked of every area (method §7): those any area returned, up to the latest. */
	private static java.util.Set<Period> requested(NavigableMap<Period, Integer> reported, Period latest) {
		return latest == null ? reported.keySet() : reported.headMap(latest, true).keySet();
	}

	private static Map<String, AreaMetric> returned(Map<String, AreaMetric> areas,
			Map<String, NavigableMap<Period, StoredObservation>> series, NavigableMap<Period, Integer> reporting,
			Period latest) {
		java.util.Set<Period> requested = requested(reporting, latest);
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
	private Period latestPeriod(NavigableMap<Period, Integer> reporting) {
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

	private static String join(String a, String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a + "; " + b;
	}

	/** The SPC reading of each area's history (method §3), and its full chart for a core metric. */
	private static final class Spc {

		private final Metric metric;

		private final int baseline;

		private final Consumer<SpcChart> charts;

		Spc(Metric metric, int baseline, Consumer<SpcChart> charts) {
			this.metric = metric;
			this.baseline = baseline;
			this.charts = charts;
		}

		/** The XmR chart of the area's whole history up to the latest period; null under two points. */
		AreaMetric.Spc reading(String area, NavigableMap<Period, StoredObservation> history) {
			if (history.size() < 2) {
				return null;
			}
			double[] y = history.values().stream().mapToDouble(StoredObservation::value).toArray();
			int[] rebase = rebaseIndices(history);
			XmrChart.Result chart = XmrChart.of(y, this.baseline, rebase);
			XmrChart.Variation variation = XmrChart.variation(chart.latest(), this.metric.polarity());
			String assurance = this.metric.hasTarget()
					? XmrChart.assurance(chart.limits(), this.metric.target(), this.metric.polarity()).words() : null;
			if (this.charts != null) {
				this.charts.accept(full(area, history, y, chart, XmrLines.lines(y, this.baseline, rebase)));
			}
			return new AreaMetric.Spc(variation.words(), chart.latest().words(), assurance, chart.shortSeries(),
					variation == XmrChart.Variation.CONCERN);
		}

		private SpcChart full(String area, NavigableMap<Period, StoredObservation> history, double[] y,
				XmrChart.Result chart, XmrChart.Limits[] lines) {
			List<SpcChart.Point> points = new ArrayList<>(y.length);
			int i = 0;
			for (Period period : history.keySet()) {
				XmrChart.Limits l = lines[i];
				points.add(new SpcChart.Point(period, y[i], l == null ? null : l.mean(), l == null ? null : l.lower(),
						l == null ? null : l.upper(), chart.labels()[i]));
				i++;
			}
			return new SpcChart(area, this.metric.id(), points);
		}

		/** Positions in the series where the metric's rebase periods start a new segment. */
		private int[] rebaseIndices(NavigableMap<Period, StoredObservation> history) {
			List<Integer> indices = new ArrayList<>();
			List<Period> periods = new ArrayList<>(history.keySet());
			for (Period rebase : this.metric.rebase()) {
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

	}

}
