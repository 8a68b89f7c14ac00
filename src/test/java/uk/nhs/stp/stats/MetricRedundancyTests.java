package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Spearman redundancy between metrics' paces and the greedy minimal set (method §7). */
class MetricRedundancyTests {

	private static final double TOLERANCE = 1e-9;

	@Test
	void matchesRSpearmanOverPairwiseCompleteAreas() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("spearman-input");
		Map<String, List<CSVRecord>> expected = StatsFixtures.byCase("spearman-expected");
		int checked = 0;
		for (var entry : inputs.entrySet()) {
			Map<String, Map<String, Double>> byMetric = new LinkedHashMap<>();
			TreeSet<String> areas = new TreeSet<>();
			for (CSVRecord r : entry.getValue()) {
				byMetric.computeIfAbsent(r.get("metric"), m -> new LinkedHashMap<>()).put(r.get("area"), StatsFixtures.number(r, "value"));
				areas.add(r.get("area"));
			}
			for (CSVRecord want : expected.get(entry.getKey())) {
				double rho = MetricRedundancy.spearman(column(byMetric.get(want.get("metric_a")), areas),
						column(byMetric.get(want.get("metric_b")), areas));
				StatsFixtures.assertClose(StatsFixtures.number(want, "rho"), rho, TOLERANCE, 1e-12);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void isNotComputedOnFewerThanThreeSharedAreasOrAConstantMetric() {
		double nan = Double.NaN;
		assertThat(MetricRedundancy.spearman(new double[] { 1, 2, nan, 4 }, new double[] { 1, nan, 3, 4 })).isNaN();
		assertThat(MetricRedundancy.spearman(new double[] { 1, 1, 1, 1 }, new double[] { 1, 2, 3, 4 })).isNaN();
	}

	@Test
	void tiesGetAverageRanks() {
		// x ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4: Pearson of the ranks is 0.9486833 (hand: cov 1.5 /
		// sqrt(1.5 * 1.6667)).
		double rho = MetricRedundancy.spearman(new double[] { 1, 2, 2, 3 }, new double[] { 10, 20, 30, 40 });
		assertThat(rho).isCloseTo(1.5 / Math.sqrt(1.5 * (5.0 / 3.0)), org.assertj.core.data.Offset.offset(1e-12));
	}

	@Test
	void keepsTheSmallestSetThatAccountsForEveryMetric() {
		// a~b and b~c redundant, a and c not; d stands alone: keeping b covers a, b, c; then d.
		double[][] rho = { { 1, 0.9, 0.5, 0.1 }, { 0.9, 1, -0.85, 0.2 }, { 0.5, -0.85, 1, 0 }, { 0.1, 0.2, 0, 1 } };
		assertThat(MetricRedundancy.minimalSet(rho, 0.8)).containsExactly(1, 3);
		assertThat(MetricRedundancy.minimalSet(rho, 0.95)).containsExactly(0, 1, 2, 3);
	}

	@Test
	void aMetricWithoutCorrelationsIsKept() {
		double nan = Double.NaN;
		double[][] rho = { { 1, nan }, { nan, 1 } };
		assertThat(MetricRedundancy.minimalSet(rho, 0.8)).containsExactly(0, 1);
	}

	private static double[] column(Map<String, Double> values, TreeSet<String> areas) {
		List<Double> column = new ArrayList<>();
		for (String area : areas) {
			column.add(values.getOrDefault(area, Double.NaN));
		}
		return column.stream().mapToDouble(Double::doubleValue).toArray();
	}

}
