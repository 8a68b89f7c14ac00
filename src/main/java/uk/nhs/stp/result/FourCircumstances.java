package uk.nhs.stp.result;

import java.util.List;

/**
 * One number for each circumstance, in model order (relationship history, population size,
 * geography, patient flow); null where not available.
 */
public record FourCircumstances(Double relationship, Double population, Double geography, Double flow) {

	public static final FourCircumstances NONE = new FourCircumstances(null, null, null, null);

	public static FourCircumstances of(double[] values) {
		return new FourCircumstances(values[0], values[1], values[2], values[3]);
	}

	public List<Double> asList() {
		return java.util.Arrays.asList(this.relationship, this.population, this.geography, this.flow);
	}

}
