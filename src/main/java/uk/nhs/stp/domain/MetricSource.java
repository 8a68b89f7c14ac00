package uk.nhs.stp.domain;

import java.util.List;

/**
 * Which column of a published table a metric is read from, when its name alone would match
 * several (a metric's optional {@code source} block in the scoring model): the words its value
 * column's header must contain, the qualifier that picks one variant among several (such as
 * "(all)" among "(all)", "(type 1)" and "(type 2)"), and the count columns that are its
 * numerator and denominator.
 *
 * @param header phrases of which the value column's header (read with its group header) must
 * contain all the words of one; empty to match by the metric's names and aliases only
 * @param prefer a qualifier whose words pick one column among several that match, or null
 * @param numerator the phrase naming its numerator's count column, or null
 * @param denominator the phrase naming its denominator's count column, or null
 * @param weekly whether it is published weekly, its dates being week-ending dates
 */
public record MetricSource(List<String> header, String prefer, String numerator, String denominator, boolean weekly) {

	/** No source block: the metric is found by its names and aliases. */
	public static final MetricSource NONE = new MetricSource(List.of(), null, null, null, false);

	public MetricSource(List<String> header, String prefer, String numerator, String denominator) {
		this(header, prefer, numerator, denominator, false);
	}

	public MetricSource {
		header = List.copyOf(header);
	}

}
