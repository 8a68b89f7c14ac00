package uk.nhs.stp.result;

import java.util.List;

/**
 * The circumstances model of one run, as the methodology sheet reports it.
 *
 * @param fitted whether the model could be fitted
 * @param note why not, or a caution (e.g. that circumstances explain little), or null
 * @param n areas in the model
 * @param dfResidual n − p
 * @param r2 R²
 * @param adjustedR2 adjusted R²
 * @param looR2 leave-one-out R² (1 − PRESS/TSS), or null
 * @param sigma residual standard error
 * @param tCritical the verdict's critical value of t
 * @param terms coefficients, intercept first
 */
public record ModelFit(boolean fitted, String note, int n, int dfResidual, Double r2, Double adjustedR2, Double looR2,
		Double sigma, Double tCritical, List<Term> terms) {

	/** Term names in exports and the methodology sheet. */
	public static final List<String> TERM_NAMES = List.of("intercept", "relationship", "population", "geography",
			"flow");

	public static ModelFit notFitted(String note) {
		return new ModelFit(false, note, 0, 0, null, null, null, null, null, List.of());
	}

	/** One coefficient with its standard error, t and p. */
	public record Term(String name, double estimate, double se, double t, double p) {
	}

}
