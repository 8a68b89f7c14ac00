package uk.nhs.stp.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import uk.nhs.stp.ingest.step.IngestStepConfiguration;
import uk.nhs.stp.report.ReportStepConfiguration;
import uk.nhs.stp.score.ScoreStepConfiguration;
import uk.nhs.stp.store.FileLedgerDao;

/**
 * The {@code nightly} job: admit the files that arrived, read them (a partition per file), move
 * them out of the input folder, then, if anything new was loaded, score (a partition per metric),
 * work out the tiers and report. Boot's batch auto-configuration provides the JDBC job repository on the HSQLDB file
 * database (no {@code @EnableBatchProcessing}, which would switch it off).
 */
@Configuration(proxyBeanMethods = false)
@Import({ IngestStepConfiguration.class, ScoreStepConfiguration.class, ReportStepConfiguration.class })
public class NightlyJobConfiguration {

	public static final String JOB_NAME = "nightly";

	/** Progress lines for every step, and the job's last fault point. */
	@Bean
	static RunProgress runProgress() {
		return new RunProgress();
	}

	@Bean
	Job nightly(JobRepository jobRepository, Step admit, Step ingest, Step archive, Step score, Step tiers,
			Step report, FileLedgerDao ledger) {
		NewDataDecider newData = new NewDataDecider(ledger);
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(
					new String[] { JobParameterKeys.RUN_ID, JobParameterKeys.RUN_DATE, JobParameterKeys.INPUT_DIR,
							JobParameterKeys.OUTPUT_DIR },
					new String[] { JobParameterKeys.RESCORE }))
			.start(admit)
			.next(ingest)
			.next(archive)
			.next(newData)
			.on(NewDataDecider.NOTHING_NEW)
			.end(NewDataDecider.NOTHING_NEW)
			.from(newData)
			.on("*")
			.to(score)
			.next(tiers)
			.next(report)
			.end()
			.build();
	}

}
