package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.SpcRule;

/**
 * A metric scored again in a run (a restarted partition) replaces exactly its own rows: its area
 * scores and SPC points from the first time are gone, whatever areas the second time has, and the
 * run's other metrics and other runs' scores of it are untouched.
 */
class MetricScoreDaoIntegrationTests {

	private static final Metric WAITS = metric("ae_4hr");

	private static final Metric BEDS = metric("beds");

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(StoreVendor.class)
	void scoringAMetricAgainReplacesOnlyItsOwnRows(StoreVendor vendor) {
		try (TestStores.Opened store = TestStores.open(vendor, this.folder, "it_metric_scores").migrated()) {
			MetricScoreDao dao = new MetricScoreDao(new JdbcTemplate(store.dataSource()));
			dao.replace(1, outcome(WAITS, Map.of("E1", 80.0, "E2", 70.0)), List.of(chart("E1", WAITS), chart("E2", WAITS)));
			dao.replace(1, outcome(BEDS, Map.of("E1", 5.0, "E2", 6.0)), List.of(chart("E2", BEDS)));
			dao.replace(2, outcome(WAITS, Map.of("E1", 81.0)), List.of(chart("E1", WAITS)));
			dao.replace(1, outcome(WAITS, Map.of("E2", 75.0)), List.of());
			assertThat(values(dao.outcomes(1, List.of(WAITS, BEDS)))).containsExactly("ae_4hr E2 75.0", "beds E1 5.0",
					"beds E2 6.0");
			assertThat(values(dao.outcomes(2, List.of(WAITS, BEDS)))).containsExactly("ae_4hr E1 81.0");
			assertThat(new JdbcTemplate(store.dataSource()).queryForList(
					"SELECT JOB_INSTANCE_ID || ' ' || METRIC_ID || ' ' || AREA_CODE FROM STP_SPC_POINT ORDER BY 1", String.class))
				.containsExactly("1 beds E2", "1 beds E2", "2 ae_4hr E1", "2 ae_4hr E1");
		}
	}

	private static List<String> values(List<MetricOutcome> outcomes) {
		return outcomes.stream()
			.flatMap(o -> o.areas()
				.entrySet()
				.stream()
				.map(e -> o.metric().id() + " " + e.getKey() + " " + e.getValue().latestValue()))
			.toList();
	}

	private static MetricOutcome outcome(Metric metric, Map<String, Double> latest) {
		Map<String, AreaMetric> areas = new LinkedHashMap<>();
		latest.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> areas.put(e.getKey(), new AreaMetric(new AreaMetric.Level(e.getValue(), 0.5, false),
					AreaMetric.Trend.tooShort(2), null, null, 1)));
		return new MetricOutcome(metric, Period.month(2019, 3), "z", 1.0, null, areas, latest.size());
	}

	private static SpcChart chart(String area, Metric metric) {
		return new SpcChart(area, metric.id(),
				List.of(new SpcChart.Point(Period.month(2019, 2), 1.0, 1.5, 0.0, 3.0, SpcRule.COMMON_CAUSE),
						new SpcChart.Point(Period.month(2019, 3), 2.0, 1.5, 0.0, 3.0, SpcRule.COMMON_CAUSE)));
	}

	private static Metric metric(String id) {
		return new Metric(id, id, "Domain", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, MetricKind.INDEX, 1, true, null);
	}

}
