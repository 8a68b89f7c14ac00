package uk.nhs.stp.model;

/**
 * How the simulation of method §9 runs, as set in the scoring model's {@code uncertainty} section.
 *
 * @param draws simulated draws per run (2,000 by default)
 * @param seed the random seed, so a rerun gives the same numbers
 * @param borderlineBelow an area is borderline when its most likely tier has a probability below this (0.8)
 */
public record Uncertainty(int draws, long seed, double borderlineBelow) {

	/** The method's defaults. */
	public static final Uncertainty DEFAULTS = new Uncertainty(2_000, 20_170_401L, 0.8);

}
