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
import uk.nhs.stp.store.ObservationDao;
import uk.nhs.stp.store.MonitoringDao;
import uk.nhs.stp.store.ScoreDao;

/**
 * The {@code score} step: one transaction that runs the method over everything in the store and
 * replaces this run's stored scores, so a restart scores again from scratch and never twice.
 * Level, pace and the circumstances model need every area at once, so the step is a tasklet.
 */
@Configuration(proxyBeanMethods = false)
public class ScoreStepConfiguration {

	@Bean
	Step score(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet scoreTasklet) {
		return new StepBuilder("score", jobRepository).tasklet(scoreTasklet, transactionManager).build();
	}

	@Bean
	ScoringService scoringService(ScoringModel model, AreaRegister register, ObservationDao observations,
			ScoreDao scores, MonitoringDao monitoring) {
		return new ScoringService(model, register, observations, scores, monitoring);
	}

	@Bean
	@StepScope
	Tasklet scoreTasklet(ScoringService scoringService,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
			@Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return (contribution, chunkContext) -> {
			FaultPoints.reached("score.started");
			scoringService.score(jobInstanceId, runDate);
			FaultPoints.reached("score.written");
			return RepeatStatus.FINISHED;
		};
	}

}
