package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.nhs.stp.model.Circumstances;
import uk.nhs.stp.model.Circumstances.IndexInput;
import uk.nhs.stp.model.Circumstances.Input;
import uk.nhs.stp.store.ObservationDao.StoredObservation;
import uk.nhs.stp.result.FourCircumstances;

/**
 * Turns the circumstance inputs into one raw number per circumstance per area (method §4): the
 * relationship index as the weighted sum of its inputs, and population, geography and flow each
 * from its input and transform. Each input's latest period is used. An area missing any input
 * has no circumstances, and the reason names what is missing: nothing is filled in.
 */
public final class CircumstanceValues {

	private final Circumstances circumstances;

	private final Function<String, List<StoredObservation>> observations;

	/**
	 * @param circumstances how circumstances are measured
	 * @param observations the latest revisions of a measure, by its id
	 */
	public CircumstanceValues(Circumstances circumstances, Function<String, List<StoredObservation>> observations) {
		this.circumstances = circumstances;
		this.observations = observations;
	}

	/** Raw circumstances per area, or the reason they are not available. */
	public record Raw(FourCircumstances values, String missing) {
	}

	public Map<String, Raw> read(Iterable<String> areaCodes) {
		Map<String, Map<String, Double>> latest = new HashMap<>();
		for (String id : this.circumstances.inputIds()) {
			latest.put(id, latestByArea(this.observations.apply(id)));
		}
		Map<String, Raw> raw = new HashMap<>();
		for (String area : areaCodes) {
			raw.put(area, forArea(area, latest));
		}
		return raw;
	}

	private Raw forArea(String area, Map<String, Map<String, Double>> latest) {
		List<String> missing = new ArrayList<>();
		double index = 0;
		for (IndexInput input : this.circumstances.relationship()) {
			Double value = latest.get(input.id()).get(area);
			if (value == null) {
				missing.add(input.id());
			}
			else {
				index += input.weight() * value;
			}
		}
		Double population = single(this.circumstances.population(), latest, area, missing);
		Double geography = single(this.circumstances.geography(), latest, area, missing);
		Double flow = single(this.circumstances.flow(), latest, area, missing);
		if (!missing.isEmpty()) {
			return new Raw(FourCircumstances.NONE, "circumstance data missing (" + String.join(", ", missing) + ")");
		}
		return new Raw(new FourCircumstances(index, population, geography, flow), null);
	}

	private static Double single(Input input, Map<String, Map<String, Double>> latest, String area,
			List<String> missing) {
		Double value = latest.get(input.id()).get(area);
		if (value == null) {
			missing.add(input.id());
			return null;
		}
		if (input.transform() == Circumstances.Transform.LOG10 && !(value > 0)) {
			missing.add(input.id() + " must be above 0 for log10");
			return null;
		}
		return input.transform().apply(value);
	}

	private static Map<String, Double> latestByArea(List<StoredObservation> rows) {
		Map<String, StoredObservation> latest = new HashMap<>();
		for (StoredObservation row : rows) {
			latest.merge(row.areaCode(), row, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
		}
		Map<String, Double> values = new HashMap<>();
		latest.forEach((area, row) -> values.put(area, row.value()));
		return values;
	}

}
