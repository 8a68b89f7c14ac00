package uk.nhs.stp.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.layout.SheetLayout;
import uk.nhs.stp.model.ScoringModel;

/**
 * Which measures of a sheet of units can be rolled up to systems honestly (method §0): counts,
 * which sum; proportions and rates whose numerator and denominator columns the sheet has, which
 * are recomputed from their sums. A percentage or rate without its counts, a mean or an index
 * cannot: they are never averaged.
 */
final class Rollability {

	private final ScoringModel model;

	Rollability(ScoringModel model) {
		this.model = model;
	}

	/** Whether a measure sums (a count that is not a mean or an index). */
	boolean sums(String measure) {
		Metric metric = this.model.metric(measure).orElse(null);
		Unit unit = this.model.measureUnit(measure).orElse(null);
		return unit == Unit.COUNT && (metric == null || metric.kind() != MetricKind.MEAN && metric.kind() != MetricKind.INDEX);
	}

	/** Whether a measure is a proportion or rate, recomputed from its counts. */
	boolean recomputes(String measure) {
		Metric metric = this.model.metric(measure).orElse(null);
		return metric != null && (metric.kind() == MetricKind.PROPORTION || metric.kind() == MetricKind.RATE);
	}

	/**
	 * Why none of the measures a layout names can be rolled up; empty when some can, or when a
	 * metric column names them row by row (decided as each is met).
	 */
	Optional<String> noneRollable(SheetLayout layout) {
		List<String> why = new ArrayList<>();
		boolean longCounts = layout.columns().containsKey(Field.NUMERATOR) && layout.columns().containsKey(Field.DENOMINATOR);
		if (layout.kind() != SheetLayout.Kind.WIDE_BY_METRIC) {
			if (layout.measure() == null) {
				return Optional.empty();
			}
			return rollable(layout.measure(), longCounts) ? Optional.empty() : Optional.of(reason(layout.measure()));
		}
		for (SheetLayout.ValueColumn value : layout.valueColumns()) {
			if (rollable(value.measure(), value.numerator() >= 0 && value.denominator() >= 0)) {
				return Optional.empty();
			}
			why.add(reason(value.measure()));
		}
		return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
	}

	private boolean rollable(String measure, boolean counts) {
		return sums(measure) || recomputes(measure) && counts;
	}

	/** Why a measure is not rolled up, in words. */
	String reason(String measure) {
		Metric metric = this.model.metric(measure).orElse(null);
		Unit unit = this.model.measureUnit(measure).orElseThrow();
		String what = recomputes(measure) ? "a " + unit.label() + " given without the numerator and denominator counts it is computed from"
				: "a " + (metric == null ? unit.label() : metric.kind().name().toLowerCase(java.util.Locale.ROOT))
						+ ", which cannot be added up across units";
		return measure + " is " + what + ", so it cannot be rolled up honestly to systems and is not averaged";
	}

}
