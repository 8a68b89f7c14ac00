package uk.nhs.stp.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;

import uk.nhs.stp.settings.FaultPoints;
import uk.nhs.stp.settings.Progress;

/**
 * A progress line when each step starts and ends (with its status and time), and the
 * {@code job.finishing} fault point. Registered on every step and job bean as it is created, so the
 * stages' configurations, which other changes reshape, need not list it.
 */
final class RunProgress implements BeanPostProcessor, StepExecutionListener, JobExecutionListener {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractStep step) {
			step.registerStepExecutionListener(this);
		}
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(this);
		}
		return bean;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (!isPartition(stepExecution)) {
			Progress.line("{}: started", stepExecution.getStepName());
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (isPartition(stepExecution)) {
			return null;
		}
		Progress.line("{}: {} in {} s", stepExecution.getStepName(), stepExecution.getStatus(),
				String.format("%.1f", seconds(stepExecution.getStartTime())));
		return null;
	}

	/** A partition's own step ({@code ingest-file:file-12}): its reader prints its progress. */
	private static boolean isPartition(StepExecution stepExecution) {
		return stepExecution.getStepName().contains(":");
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		FaultPoints.reached("job.finishing");
	}

	private static double seconds(LocalDateTime start) {
		return start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
	}

}
