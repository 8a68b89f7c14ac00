package uk.nhs.stp.score;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.settings.FaultPoints;

/**
 * One partition of the score step per metric of the scoring model, named {@code metric-<id>}, so
 * a restart scores again only the metrics whose partitions did not complete.
 */
final class MetricPartitioner implements Partitioner {

	static final String METRIC_ID = "metric.id";

	/** The metric's place in the catalogue, the order partitions start in. */
	static final String METRIC_INDEX = "metric.index";

	private final ScoringModel model;

	MetricPartitioner(ScoringModel model) {
		this.model = model;
	}

	/** @param gridSize ignored: there is one partition per metric, however many threads score them */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		FaultPoints.reached("score.started");
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Metric metric : this.model.metrics()) {
			ExecutionContext context = new ExecutionContext();
			context.putString(METRIC_ID, metric.id());
			context.putLong(METRIC_INDEX, partitions.size());
			partitions.put("metric-" + metric.id(), context);
		}
		return partitions;
	}

}
