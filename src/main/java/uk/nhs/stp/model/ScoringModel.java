package uk.nhs.stp.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.stats.TierRules;

/**
 * The declarative scoring model operators edit under {@code jobs/}: thresholds, the metric
 * catalogue, how circumstances are measured, and the support-tier rules. Read and validated at
 * start by {@link ScoringModelLoader}.
 *
 * @param source where the model was read from, for messages
 * @param thresholds the method's thresholds
 * @param metrics the metric catalogue, in report order
 * @param circumstances how circumstances are measured
 * @param tiers the support-tier rules, first match wins
 * @param monitoring recommended monitoring per tier number
 * @param units the unit of every measure, by id (worked out from the catalogue and circumstances)
 * @param uncertainty how the tier simulation runs (method §9)
 */
public record ScoringModel(String source, Thresholds thresholds, List<Metric> metrics, Circumstances circumstances,
		TierRules tiers, Map<Integer, String> monitoring, Map<String, Unit> units, Uncertainty uncertainty) {

	/** The units by measure id are looked up once per row of every file, so they are indexed. */
	public ScoringModel(String source, Thresholds thresholds, List<Metric> metrics, Circumstances circumstances,
			TierRules tiers, Map<Integer, String> monitoring, Uncertainty uncertainty) {
		this(source, thresholds, metrics, circumstances, tiers, monitoring, units(metrics, circumstances), uncertainty);
	}

	/** A model with the method's default simulation settings. */
	public ScoringModel(String source, Thresholds thresholds, List<Metric> metrics, Circumstances circumstances,
			TierRules tiers, Map<Integer, String> monitoring) {
		this(source, thresholds, metrics, circumstances, tiers, monitoring, Uncertainty.DEFAULTS);
	}

	private static Map<String, Unit> units(List<Metric> metrics, Circumstances circumstances) {
		Map<String, Unit> units = new java.util.HashMap<>();
		metrics.forEach(m -> units.put(m.id(), m.unit()));
		circumstances.inputIds().forEach(id -> units.put(id, circumstances.inputUnit(id).orElseThrow()));
		return Map.copyOf(units);
	}

	public Optional<Metric> metric(String id) {
		return this.metrics.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	public Map<String, Metric> metricsById() {
		return this.metrics.stream().collect(Collectors.toMap(Metric::id, Function.identity()));
	}

	/** The unit of a metric or circumstance input, i.e. a measure input files may carry. */
	public Optional<Unit> measureUnit(String id) {
		Unit unit = this.units.get(id);
		return unit != null ? Optional.of(unit) : metric(id).map(Metric::unit).or(() -> this.circumstances.inputUnit(id));
	}

}
