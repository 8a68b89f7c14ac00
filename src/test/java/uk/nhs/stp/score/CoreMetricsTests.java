package uk.nhs.stp.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;

/** Late and missing core metrics are named (method §1); SPC concerns are read per core metric (§6). */
class CoreMetricsTests {

	@Test
	void namesALateAndAMissingCoreMetricButNotANonCoreOne() {
		Period march = Period.month(2019, 3);
		Map<String, AreaMetric> areas = new LinkedHashMap<>();
		areas.put("LATE", new AreaMetric(new AreaMetric.Level(80.0, -1.0, false), AreaMetric.Trend.NONE,
				new AreaMetric.Spc("special cause concern", "7 or more points below the mean", null, false, true), null, 23,
				new AreaMetric.Source(Period.month(2019, 2), true, null, null), AreaMetric.Noise.NONE));
		areas.put("GONE", new AreaMetric(AreaMetric.Level.NONE, AreaMetric.Trend.NONE, null,
				"no return for Mar 2019 or the period before", 22));
		MetricOutcome core = new MetricOutcome(ScoreFixtures.ELECTIVE, march, "funnel", 4.0, null, areas, 24);
		MetricOutcome other = new MetricOutcome(ScoreFixtures.BED_DAYS, march, "robust z", 6.0, null, Map.of(), 24);
		List<MetricOutcome> outcomes = List.of(core, other);

		assertThat(CoreMetrics.gaps("LATE", outcomes))
			.containsExactly("elective waits: the Feb 2019 figure is used (late return; none yet for Mar 2019)");
		assertThat(CoreMetrics.gaps("GONE", outcomes)).containsExactly(
				"no return for elective waits for Mar 2019 or the period before, so its level leaves that metric out");
		// an area the core metric never heard of is missing too; bed days is not core, so it is not named
		assertThat(CoreMetrics.gaps("NEVER", outcomes)).hasSize(1);
		assertThat(CoreMetrics.concerns(outcomes)).containsOnlyKeys("LATE").containsEntry("LATE", List.of("elective waits"));
	}

}
