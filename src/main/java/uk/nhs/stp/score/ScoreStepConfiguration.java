package uk.nhs.stp.score;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.settings.FaultPoints;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.settings.Partitions;
import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.store.MetricScoreDao;
import uk.nhs.stp.store.ObservationDao;
import uk.nhs.stp.store.MonitoringDao;
import uk.nhs.stp.store.ScoreDao;

/**
 * Scoring in two steps. {@code score} is partitioned, one partition per metric
 * ({@link MetricPartitioner}), scored as many at once as {@code stp.score.threads} allows: each
 * scores its metric across areas and stores the result in its own transaction. {@code tiers} then
 * reads every metric's stored result back and runs the circumstances model, tiers, their certainty,
 * peers and redundancy, which need every area and metric at once, in one transaction. A restart
 * scores again only what did not complete, and never counts anything twice.
 */
@Configuration(proxyBeanMethods = false)
public class ScoreStepConfiguration {

	@Bean
	ScoringService scoringService(ScoringModel model, AreaRegister register, ObservationDao observations,
			MetricScoreDao metricScores, ScoreDao scores, MonitoringDao monitoring) {
		return new ScoringService(model, register, observations, metricScores, scores, monitoring);
	}

	@Bean
	Step score(JobRepository jobRepository, Step scoreMetric, ScoringModel model, StpProperties properties) {
		int threads = properties.score().threadCount();
		return new StepBuilder("score", jobRepository).partitioner("score-metric", new MetricPartitioner(model))
			.partitionHandler(Partitions.handler(scoreMetric, "score-", threads,
					Partitions.byContext(MetricPartitioner.METRIC_INDEX)))
			.build();
	}

	@Bean
	Step scoreMetric(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet metricTasklet) {
		return new StepBuilder("score-metric", jobRepository).tasklet(metricTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet metricTasklet(ScoringService scoringService, ScoringModel model,
			@Value("#{stepExecutionContext['" + MetricPartitioner.METRIC_ID + "']}") String metricId,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
		return (contribution, chunkContext) -> {
			Metric metric = model.metric(metricId)
				.orElseThrow(() -> new IllegalStateException("the scoring model no longer has the metric " + metricId
						+ " that this run began scoring; start a new run (the model changed)"));
			MetricOutcome outcome = scoringService.scoreMetric(jobInstanceId, metric);
			contribution.incrementWriteCount(outcome.areas().size());
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step tiers(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet tiersTasklet) {
		return new StepBuilder("tiers", jobRepository).tasklet(tiersTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet tiersTasklet(ScoringService scoringService,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
			@Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return (contribution, chunkContext) -> {
			RunScores result = scoringService.scoreAreas(jobInstanceId, runDate);
			contribution.incrementWriteCount(result.areas().size());
			FaultPoints.reached("score.written");
			return RepeatStatus.FINISHED;
		};
	}

}
