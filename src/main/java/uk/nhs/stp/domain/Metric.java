package uk.nhs.stp.domain;

/**
 * One entry of the metric catalogue in the scoring model.
 *
 * @param id stable identifier used in input files, e.g. {@code ae_4hr}
 * @param name human name, e.g. "A&amp;E 4-hour performance"
 * @param domain dashboard domain, e.g. "Emergency care"
 * @param unit declared unit; inputs are normalised to it
 * @param polarity which direction is better
 * @param kind proportion, rate, mean or index
 * @param weight weight in the composites, at least 0
 * @param core whether the metric is core (kept in light-touch monitoring)
 * @param target optional target in the metric's unit, or {@code null}
 * @param rebase periods from which the SPC chart starts a new centre line and limits (method §3)
 * @param shortName the name as a sentence writes it, e.g. "elective waits" (method §12)
 * @param source which columns of a published table it is read from, or {@link MetricSource#NONE}
 */
public record Metric(String id, String name, String domain, Unit unit, Polarity polarity, MetricKind kind,
		double weight, boolean core, Double target, java.util.List<Period> rebase, String shortName,
		MetricSource source) {

	public Metric(String id, String name, String domain, Unit unit, Polarity polarity, MetricKind kind, double weight,
			boolean core, Double target, java.util.List<Period> rebase, String shortName) {
		this(id, name, domain, unit, polarity, kind, weight, core, target, rebase, shortName, MetricSource.NONE);
	}

	public Metric(String id, String name, String domain, Unit unit, Polarity polarity, MetricKind kind, double weight,
			boolean core, Double target, java.util.List<Period> rebase) {
		this(id, name, domain, unit, polarity, kind, weight, core, target, rebase, name);
	}

	public Metric(String id, String name, String domain, Unit unit, Polarity polarity, MetricKind kind, double weight,
			boolean core, Double target) {
		this(id, name, domain, unit, polarity, kind, weight, core, target, java.util.List.of());
	}

	public boolean hasTarget() {
		return this.target != null;
	}

}
