package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.store.ObservationDao.StoredObservation;

/** Small metrics and observation series for the score package's tests. */
final class ScoreFixtures {

	static final Metric ELECTIVE = new Metric("rtt_18wk", "Elective waits under 18 weeks", "Elective care", Unit.PERCENT,
			Polarity.HIGHER_IS_BETTER, MetricKind.PROPORTION, 1, true, 92.0, List.of(), "elective waits");

	static final Metric BED_DAYS = new Metric("emergency_bed_days", "Emergency bed days per 1,000", "Prevention",
			Unit.RATE_PER_1000, Polarity.LOWER_IS_BETTER, MetricKind.RATE, 1.5, false, null, List.of(),
			"emergency bed days");

	private ScoreFixtures() {
	}

	static String code(int area) {
		return String.format("E540%05d", area);
	}

	/** Monthly observations Apr 2017 – Mar 2019 (24 months) for one area. */
	static List<StoredObservation> series(int area, double start, double perMonth, double denominator) {
		List<StoredObservation> rows = new ArrayList<>();
		for (int t = 0; t < 24; t++) {
			Period month = Period.month(2017 + (t + 3) / 12, (t + 3) % 12 + 1);
			double value = start + perMonth * t + (t % 2 == 0 ? 0.3 : -0.3);
			rows.add(new StoredObservation(code(area), month, value,
					denominator > 0 ? (double) Math.round(value / 100 * denominator) : null,
					denominator > 0 ? denominator : null));
		}
		return rows;
	}

}
