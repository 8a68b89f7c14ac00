package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;

/**
 * What the core metrics say of each area for its tier: which show special-cause concern at their
 * latest point (method §3, §6), and which were returned late or not at all (method §1), so that a
 * gap is named in the reasons and never silently changes a tier.
 */
final class CoreMetrics {

	private CoreMetrics() {
	}

	/** Per area code, the core metrics (as sentences name them) with a special-cause concern. */
	static Map<String, List<String>> concerns(List<MetricOutcome> outcomes) {
		Map<String, List<String>> concerns = new HashMap<>();
		for (MetricOutcome outcome : outcomes) {
			if (!outcome.metric().core()) {
				continue;
			}
			outcome.areas().forEach((area, am) -> {
				if (am.spcConcern()) {
					concerns.computeIfAbsent(area, a -> new ArrayList<>()).add(outcome.metric().shortName());
				}
			});
		}
		return concerns;
	}

	/** The sentences naming an area's late or missing core metrics, in catalogue order. */
	static List<String> gaps(String area, List<MetricOutcome> outcomes) {
		List<String> gaps = new ArrayList<>();
		for (MetricOutcome outcome : outcomes) {
			Metric metric = outcome.metric();
			if (!metric.core() || outcome.latestPeriod() == null) {
				continue;
			}
			AreaMetric am = outcome.areas().get(area);
			String latest = outcome.latestPeriod().label();
			if (am == null || am.latestValue() == null) {
				gaps.add("no return for " + metric.shortName() + " for " + latest
						+ " or the period before, so its level leaves that metric out");
			}
			else if (am.late()) {
				gaps.add(metric.shortName() + ": the " + am.source().period().label() + " figure is used (late return; none yet for "
						+ latest + ")");
			}
		}
		return gaps;
	}

}
