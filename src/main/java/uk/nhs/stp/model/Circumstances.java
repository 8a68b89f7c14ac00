package uk.nhs.stp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.stp.domain.Unit;

/**
 * How the four circumstances are measured (method §4): the relationship-history index as a
 * weighted sum of declared inputs, and one input (with an optional transform) for each of
 * population, geography and patient flow. Inputs are measures loaded like metrics, one value per
 * area (the latest period is used).
 */
public record Circumstances(List<IndexInput> relationship, Input population, Input geography, Input flow,
		PeerWeights peerWeights) {

	public Circumstances(List<IndexInput> relationship, Input population, Input geography, Input flow) {
		this(relationship, population, geography, flow, PeerWeights.EQUAL);
	}

	/**
	 * How the four circumstances are weighted when finding an area's nearest peers (method §5):
	 * equally, as given, or by the size of each circumstance's coefficient this run (|β|).
	 * @param weights four weights, or null when {@code byCoefficient}
	 * @param byCoefficient weight by |β|
	 */
	public record PeerWeights(List<Double> weights, boolean byCoefficient) {

		public static final PeerWeights EQUAL = new PeerWeights(List.of(1.0, 1.0, 1.0, 1.0), false);

	}

	/** The circumstances in model order, as named in exports and the report. */
	public static final List<String> NAMES = List.of("relationship", "population", "geography", "flow");

	/** Their names in words, in the same order. */
	public static final List<String> WORDS = List.of("relationship history", "population size", "geography",
			"patient flow");

	/** One input of the relationship index and its weight (negative for a hindrance). */
	public record IndexInput(String id, String name, Unit unit, double weight) {
	}

	/** A single-input circumstance. */
	public record Input(String id, String name, Unit unit, Transform transform) {
	}

	/** How an input is turned into the number standardised across areas. */
	public enum Transform {

		NONE, LOG10;

		public double apply(double value) {
			return this == LOG10 ? Math.log10(value) : value;
		}

	}

	/** Every input id the circumstances read, relationship inputs first. */
	public List<String> inputIds() {
		List<String> ids = new ArrayList<>();
		this.relationship.forEach(input -> ids.add(input.id()));
		ids.add(this.population.id());
		ids.add(this.geography.id());
		ids.add(this.flow.id());
		return ids;
	}

	/** Each input's name by its id, as the model names it (for finding inputs by name in files). */
	public java.util.Map<String, String> inputNames() {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		this.relationship.forEach(input -> names.put(input.id(), input.name()));
		for (Input input : List.of(this.population, this.geography, this.flow)) {
			names.put(input.id(), input.name());
		}
		return names;
	}

	/** The unit of an input, if {@code id} is one. */
	public Optional<Unit> inputUnit(String id) {
		for (IndexInput input : this.relationship) {
			if (input.id().equals(id)) {
				return Optional.of(input.unit());
			}
		}
		for (Input input : List.of(this.population, this.geography, this.flow)) {
			if (input.id().equals(id)) {
				return Optional.of(input.unit());
			}
		}
		return Optional.empty();
	}

}
