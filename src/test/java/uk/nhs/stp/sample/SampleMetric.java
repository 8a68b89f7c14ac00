package uk.nhs.stp.sample;

import java.util.List;

/**
 * How the generator draws one metric: its national level in April 2016, the spread between areas,
 * month-to-month noise, national drift per year, winter effect, and (for proportions) the
 * denominator per head of population per month. Figures are plausible for 2016–2019 England, not
 * published values.
 */
record SampleMetric(String id, boolean higherIsBetter, double mean, double spread, double noise, double drift,
		double winter, double denominatorPerHead, double min, double max) {

	static final List<SampleMetric> ALL = List.of(
			new SampleMetric("ae_4hr", true, 89.0, 3.0, 1.0, -0.6, -2.5, 0.0275, 50, 99.5),
			new SampleMetric("rtt_18wk", true, 90.0, 2.5, 0.4, -0.6, -0.3, 0.07, 60, 99.5),
			new SampleMetric("cancer_62day", true, 82.0, 4.0, 2.0, -0.8, 0, 0.00012, 40, 100),
			new SampleMetric("iapt_recovery", true, 48.0, 3.5, 1.5, 1.0, 0, 0.0006, 20, 80),
			new SampleMetric("gp_online_access", true, 12.0, 3.0, 0.3, 4.5, 0, 0, 1, 60),
			new SampleMetric("emergency_bed_days", false, 67.0, 7.0, 2.5, -1.0, 6, 0, 20, 150),
			new SampleMetric("dtoc_beds", false, 12.5, 4.0, 1.2, -2.0, 1.5, 0, 0.5, 60),
			new SampleMetric("agency_spend", false, 6.0, 1.5, 0.35, -0.6, 0, 0, 0.5, 20));

	boolean isProportion() {
		return this.denominatorPerHead > 0 || this.id.equals("gp_online_access");
	}

	int sign() {
		return this.higherIsBetter ? 1 : -1;
	}

}
