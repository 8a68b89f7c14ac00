package uk.nhs.stp.cli;

import org.springframework.batch.core.step.StepExecution;

/**
 * Steps as the console names them: a partition's own step ({@code ingest-file:file-12}) by the
 * step it is part of and the file or metric it works on, as an operator knows them.
 */
final class StepNames {

	private StepNames() {
	}

	static boolean isPartition(StepExecution step) {
		return step.getStepName().contains(":");
	}

	/** {@code 'ingest' (reading other.csv)}, {@code 'score' (metric ae_4hr)}, or the step's own quoted name. */
	static String describe(StepExecution step) {
		if (!isPartition(step)) {
			return "'" + step.getStepName() + "'";
		}
		var context = step.getExecutionContext();
		if (step.getStepName().startsWith("ingest-file:") && context.containsKey("file.name")) {
			return "'ingest' (reading " + uk.nhs.stp.settings.Printable.of(context.getString("file.name")) + ")";
		}
		if (step.getStepName().startsWith("score-metric:") && context.containsKey("metric.id")) {
			return "'score' (metric " + context.getString("metric.id") + ")";
		}
		return "'" + step.getStepName() + "'";
	}

}
