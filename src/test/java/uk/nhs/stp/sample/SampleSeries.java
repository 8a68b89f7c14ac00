package uk.nhs.stp.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.time.YearMonth;

/**
 * One area's monthly series of one metric: a starting level (better for areas rated well in July
 * 2017), a trend of (national drift + the area's true pace × the metric's spread) a year, a winter
 * effect, noise, and the odd gap or suppressed cell.
 */
final class SampleSeries {

	private static final double GAP_RATE = 0.008;

	private static final double SUPPRESSED_RATE = 0.004;

	private final SampleMetric metric;

	private final SampleArea area;

	private final double pace;

	private final SampleCircumstances circumstances;

	private final Random random;

	private final int months;

	SampleSeries(SampleMetric metric, SampleArea area, double pace, SampleCircumstances circumstances, Random random) {
		this(metric, area, pace, circumstances, random, SampleDataGenerator.MONTHS);
	}

	/** A series of {@code months} months from April 2016 (the shipped sample has 36; the soak benchmark more). */
	SampleSeries(SampleMetric metric, SampleArea area, double pace, SampleCircumstances circumstances, Random random,
			int months) {
		this.months = months;
		this.metric = metric;
		this.area = area;
		this.pace = pace;
		this.circumstances = circumstances;
		this.random = random;
	}

	List<SampleRow> rows() {
		SampleMetric m = this.metric;
		double start = m.mean() + m.sign() * m.spread() * (this.area.ratingEffect() + 0.6 * this.random.nextGaussian());
		double slope = m.drift() + m.sign() * m.spread() * (this.pace + 0.1 * this.random.nextGaussian());
		List<SampleRow> rows = new ArrayList<>();
		for (int i = 0; i < this.months; i++) {
			YearMonth month = SampleDataGenerator.FIRST.plusMonths(i);
			double winter = isWinter(month) ? m.winter() : 0;
			double value = start + slope * i / 12.0 + winter + m.noise() * this.random.nextGaussian();
			double gapDraw = this.random.nextDouble();
			if (skipped(gapDraw)) {
				continue;
			}
			rows.add(row(month, clamp(value), gapDraw < GAP_RATE + SUPPRESSED_RATE));
		}
		return rows;
	}

	private boolean skipped(double gapDraw) {
		boolean sparse = this.area.code().equals(SampleDataGenerator.SPARSE) && !this.metric.id().equals("ae_4hr")
				&& !this.metric.id().equals("agency_spend");
		return sparse || gapDraw < GAP_RATE;
	}

	private SampleRow row(YearMonth month, double value, boolean suppressed) {
		if (suppressed) {
			return new SampleRow(this.area.code(), this.area.name(), this.metric.id(), month, "*", null, null);
		}
		if (!this.metric.isProportion()) {
			return new SampleRow(this.area.code(), this.area.name(), this.metric.id(), month, format(value), null, null);
		}
		long denominator = this.metric.denominatorPerHead() > 0
				? Math.max(5, Math.round(this.area.population() * this.metric.denominatorPerHead()
						* (0.9 + 0.2 * this.random.nextDouble())))
				: this.circumstances.population();
		long numerator = Math.min(denominator, Math.max(0, Math.round(denominator * value / 100)));
		return new SampleRow(this.area.code(), this.area.name(), this.metric.id(), month,
				format(100.0 * numerator / denominator), numerator, denominator);
	}

	private double clamp(double value) {
		return Math.min(this.metric.max(), Math.max(this.metric.min(), value));
	}

	private static boolean isWinter(YearMonth month) {
		int m = month.getMonthValue();
		return m == 12 || m == 1 || m == 2;
	}

	static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
