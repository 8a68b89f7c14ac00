package uk.nhs.stp.ingest;

/**
 * A value with the counts it was computed from, where given.
 *
 * @param value the value in the measure's unit
 * @param numerator the numerator count, or null
 * @param denominator the denominator count, or null
 */
public record Amount(double value, Double numerator, Double denominator) {
}
