package uk.nhs.stp.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.stats.Descriptive;
import uk.nhs.stp.store.ObservationDao.StoredObservation;

/**
 * Each area's latest value for a metric (method §1): its value at the metric's latest period T,
 * or, failing that, its value at the period just before T, flagged late; otherwise the metric is
 * missing for the area this run, with a note saying so. Also the England median and the edge of
 * the worst fifth at T, which the support focus compares each area with (method §12).
 */
final class LatestValues {

	private final Period latest;

	private final Period before;

	private final Map<String, StoredObservation> values = new LinkedHashMap<>();

	private final java.util.Set<String> late = new java.util.HashSet<>();

	LatestValues(Map<String, NavigableMap<Period, StoredObservation>> series, Period latest) {
		this.latest = latest;
		this.before = previous(latest);
		series.forEach((area, s) -> {
			StoredObservation now = s.get(latest);
			if (now != null) {
				this.values.put(area, now);
			}
			else if (s.containsKey(this.before)) {
				this.values.put(area, s.get(this.before));
				this.late.add(area);
			}
		});
	}

	/** The period of the same length just before {@code period}. */
	static Period previous(Period period) {
		return period.previous();
	}

	/** The areas with a latest value (at T or late), in series order, and their values. */
	Map<String, StoredObservation> values() {
		return this.values;
	}

	boolean isLate(String area) {
		return this.late.contains(area);
	}

	/** Why the area has no latest value. */
	String missingNote() {
		return "no return for " + this.latest.label() + " or the period before";
	}

	/**
	 * The median of the values at T and the value at the edge of the worst {@code share} of them
	 * (the bottom fifth for higher-is-better, the top fifth of values for lower-is-better), or
	 * nulls when no area has a value at T.
	 */
	Double[] comparison(Metric metric, double share) {
		double sign = metric.polarity().sign();
		List<Double> atLatest = this.values.entrySet()
			.stream()
			.filter(e -> !this.late.contains(e.getKey()))
			.map(e -> e.getValue().value())
			.toList();
		if (atLatest.isEmpty()) {
			return new Double[] { null, null };
		}
		double[] oriented = atLatest.stream().mapToDouble(v -> sign * v).toArray();
		double[] raw = atLatest.stream().mapToDouble(Double::doubleValue).toArray();
		return new Double[] { Descriptive.median(raw), sign * Descriptive.quantile(oriented, share) };
	}

}
