package uk.nhs.stp.score;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.stats.Descriptive;
import uk.nhs.stp.stats.FunnelComparison;
import uk.nhs.stp.stats.MannKendall;
import uk.nhs.stp.stats.TheilSen;
import uk.nhs.stp.stats.XmrLines;
import uk.nhs.stp.store.ObservationDao.StoredObservation;

/**
 * One metric's pace over the trailing window (method §2): the national spread at the window's
 * first well-reported period, and per area the Theil–Sen slope with Sen's interval, Mann–Kendall,
 * pace = sign × slope / spread, and the sampling sd of the pace (method §9) and of a robust level
 * z (the area's own SPC sigma over the window, over the national spread of the level).
 */
final class MetricPace {

	private final Metric metric;

	private final Thresholds thresholds;

	private final YearMonth windowStart;

	private final Period latest;

	private final Double spread;

	private final String note;

	private MetricPace(Metric metric, Thresholds thresholds, YearMonth windowStart, Period latest, Double spread,
			String note) {
		this.metric = metric;
		this.thresholds = thresholds;
		this.windowStart = windowStart;
		this.latest = latest;
		this.spread = spread;
		this.note = note;
	}

	static MetricPace of(Metric metric, Thresholds thresholds, Map<String, NavigableMap<Period, StoredObservation>> series,
			NavigableMap<Period, Integer> reporting, Period latest) {
		YearMonth windowStart = latest.end().minusMonths(thresholds.windowMonths() - 1L);
		Period first = reporting.entrySet()
			.stream()
			.filter(e -> !e.getKey().start().isBefore(windowStart) && e.getValue() >= thresholds.minAreas())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(latest);
		double[] values = series.values().stream().filter(s -> s.containsKey(first)).mapToDouble(s -> s.get(first).value()).toArray();
		double spread = Descriptive.mad(values);
		if (!(spread > 0)) {
			return new MetricPace(metric, thresholds, windowStart, latest, null, "pace left out: the national spread at "
					+ first.label() + " is 0, so there is no scale to measure pace in");
		}
		return new MetricPace(metric, thresholds, windowStart, latest, spread, null);
	}

	Double spread() {
		return this.spread;
	}

	String note() {
		return this.note;
	}

	/** The area's observations in the window, in period order. */
	List<StoredObservation> window(NavigableMap<Period, StoredObservation> series) {
		return series.values()
			.stream()
			.filter(o -> !o.period().start().isBefore(this.windowStart) && !o.period().end().isAfter(this.latest.end()))
			.toList();
	}

	/** The trend, or why there is none; null note when the pace is shown. */
	AreaMetric.Trend trend(List<StoredObservation> window) {
		if (window.size() < this.thresholds.minPoints()) {
			return AreaMetric.Trend.tooShort(window.size());
		}
		double[] t = window.stream().mapToDouble(o -> o.period().t()).toArray();
		double[] y = values(window);
		TheilSen.Result slope = TheilSen.estimate(t, y, FunnelComparison.Z95);
		MannKendall.Result trend = MannKendall.test(y);
		Double pace = this.spread == null ? null : this.metric.polarity().sign() * slope.slope() / this.spread;
		return new AreaMetric.Trend(slope.slope(), slope.lower(), slope.upper(), pace, trend.p(), window.size());
	}

	/** Why a trend is absent, or null. */
	String trendNote(AreaMetric.Trend trend, int points) {
		if (trend.slope() == null) {
			return "pace not shown: " + points + " of the last " + this.thresholds.windowMonths()
					+ " months reported (at least " + this.thresholds.minPoints() + " periods needed)";
		}
		return this.spread == null ? this.note : null;
	}

	/** SE = (Sen upper − Sen lower)/(2 × 1.959964), scaled to pace; null without an interval. */
	Double paceSd(AreaMetric.Trend trend) {
		if (trend.pace() == null || trend.slopeLower() == null || trend.slopeUpper() == null) {
			return null;
		}
		return (trend.slopeUpper() - trend.slopeLower()) / (2 * FunnelComparison.Z95) / this.spread;
	}

	/** σ̂/(1.4826·MAD): the area's SPC sigma in the window over the level's national spread. */
	static Double robustZSd(List<StoredObservation> window, Double mad) {
		if (mad == null || window.size() < 2) {
			return null;
		}
		return XmrLines.sigma(values(window)) / mad;
	}

	private static double[] values(List<StoredObservation> window) {
		return window.stream().mapToDouble(StoredObservation::value).toArray();
	}

}
