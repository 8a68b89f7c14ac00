package uk.nhs.stp.score;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;

/**
 * Whether an area's figures cross a boundary change, said in words for its reasons. ONS gives a
 * footprint a new code when its boundary changes (an STP recoded when it became an ICB, a merger);
 * the register reports the later code under the footprint, so its history is carried on, and an
 * area whose series runs across such a date is flagged: its trend compares two footprints that
 * are not quite the same. A footprint whose code never changed is carried without a flag.
 */
final class BoundaryChanges {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final AreaRegister register;

	BoundaryChanges(AreaRegister register) {
		this.register = register;
	}

	/** The caveat for an area whose figures span one of its footprint's recodes, if they do. */
	Optional<String> caveat(Area area, List<MetricOutcome> outcomes) {
		Period first = null;
		Period last = null;
		for (MetricOutcome outcome : outcomes) {
			AreaMetric m = outcome.areas().get(area.code());
			if (m != null && m.source().first() != null) {
				first = first == null || m.source().first().compareTo(first) < 0 ? m.source().first() : first;
				last = last == null || m.source().period().compareTo(last) > 0 ? m.source().period() : last;
			}
		}
		if (first == null) {
			return Optional.empty();
		}
		LocalDate from = first.first();
		LocalDate to = last.lastDay();
		List<Area> crossed = this.register.recodes(area)
			.stream()
			.filter(a -> a.validFrom().isAfter(from) && !a.validFrom().isAfter(to))
			.toList();
		if (crossed.isEmpty()) {
			return Optional.empty();
		}
		List<String> changes = crossed.stream()
			.map(a -> a.code() + " (" + a.name() + ") from " + DAY.format(a.validFrom()))
			.toList();
		return Optional.of("its figures cross a boundary change: ONS recoded the footprint as " + String.join(", then ", changes)
				+ ", as it does when a boundary changes; its history before then (" + area.code() + ", " + area.name()
				+ ") is carried on, so read its trend across the change with care");
	}

}
