package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.stp.result.MetricOutcome;

/** Which core metrics show special cause concern at their latest point, per area (method §3, §6). */
final class SpcConcerns {

	private SpcConcerns() {
	}

	static Map<String, List<String>> coreConcerns(List<MetricOutcome> outcomes) {
		Map<String, List<String>> concerns = new HashMap<>();
		for (MetricOutcome outcome : outcomes) {
			if (!outcome.metric().core()) {
				continue;
			}
			outcome.areas().forEach((area, am) -> {
				if (am.spcConcern()) {
					concerns.computeIfAbsent(area, a -> new ArrayList<>()).add(outcome.metric().name());
				}
			});
		}
		return concerns;
	}

}
