package uk.nhs.stp.domain;

import java.util.Locale;

/** What a metric measures; proportions with numerator and denominator are compared on a funnel. */
public enum MetricKind {

	PROPORTION, RATE, MEAN, INDEX;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
