package uk.nhs.stp.ingest.step;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.LimitCheckingExceptionHierarchySkipPolicy;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import uk.nhs.stp.settings.Partitions;
import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.OrgUnitRegister;
import uk.nhs.stp.ingest.read.Reading;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.store.DatabaseCheckpoint;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.ObservationBlock;
import uk.nhs.stp.store.ObservationBlockRows;
import uk.nhs.stp.store.ObservationDao;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.IngestRecord;
import uk.nhs.stp.ingest.RowRejectedException;
import uk.nhs.stp.ingest.read.FileCheck;
import uk.nhs.stp.ingest.read.FileOpener;
import uk.nhs.stp.ingest.read.RowValidator;

/**
 * Ingest in three steps. {@code admit} gives every waiting file its ledger row and fate in one
 * transaction ({@link FileAdmitter}). {@code ingest} is partitioned, one partition per admitted file
 * ({@link FilePartitioner}), read as many at once as {@code stp.ingest.threads} allows: each is a
 * chunk-oriented, fault-tolerant step whose reader ({@link FileItemReader}) Spring Batch restarts
 * from its own saved count, with rejected rows skipped into the ingest events (up to
 * {@code stp.ingest.max-rejected-rows} per file). {@code archive} then moves the files out of the
 * input folder ({@link FileArchiver}).
 */
@Configuration(proxyBeanMethods = false)
public class IngestStepConfiguration {

	@Bean
	Step admit(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet fileAdmitter) {
		return new StepBuilder("admit", jobRepository).tasklet(fileAdmitter, transactionManager).build();
	}

	@Bean
	@StepScope
	FileAdmitter fileAdmitter(@Value("#{jobParameters['input.dir']}") String inputDir, FileLedgerDao ledger,
			FileAdmission fileAdmission, @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
		return new FileAdmitter(Path.of(inputDir), ledger, fileAdmission, jobInstanceId);
	}

	@Bean
	FileAdmission fileAdmission(FileLedgerDao ledger, StpProperties properties) {
		return new FileAdmission(ledger, Duration.ofSeconds(properties.ingest().settleSeconds()), Clock.systemUTC());
	}

	@Bean
	Step ingest(JobRepository jobRepository, Step ingestFile, FilePartitioner filePartitioner,
			StpProperties properties) {
		int threads = properties.ingest().threadCount();
		return new StepBuilder("ingest", jobRepository).partitioner("ingest-file", filePartitioner)
			.partitionHandler(Partitions.handler(ingestFile, "ingest-", threads, Partitions.byContext(AdmittedFile.INDEX)))
			.build();
	}

	@Bean
	@StepScope
	FilePartitioner filePartitioner(FileLedgerDao ledger,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
		return new FilePartitioner(ledger, jobInstanceId);
	}

	@Bean
	Step ingestFile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StpProperties properties, FileItemReader fileItemReader, RowValidator rowValidator,
			IngestWriter ingestWriter, RejectedRowListener rejectedRowListener) {
		return new StepBuilder("ingest-file", jobRepository)
			.<IngestItem, IngestRecord>chunk(properties.ingest().chunkSize())
			.transactionManager(transactionManager)
			.reader(fileItemReader)
			.processor(rowValidator)
			.writer(ingestWriter)
			.faultTolerant()
			.skipPolicy(new LimitCheckingExceptionHierarchySkipPolicy(Set.of(RowRejectedException.class),
					properties.ingest().maxRejectedRows()))
			.skipListener(rejectedRowListener)
			.build();
	}

	@Bean
	@StepScope
	FileItemReader fileItemReader(@Value("#{jobParameters['input.dir']}") String inputDir, FileOpener fileOpener,
			FileAdmission fileAdmission, FileLedgerDao ledger) {
		return new FileItemReader(Path.of(inputDir), fileOpener, fileAdmission, ledger::nextFileId);
	}

	/**
	 * The archive step runs outside a database transaction: each file's destination must be
	 * committed before the file moves (a crash between the two is then finished by the restart),
	 * so its statements commit one by one rather than together at the end.
	 */
	@Bean
	Step archive(JobRepository jobRepository, Tasklet fileArchiver) {
		return new StepBuilder("archive", jobRepository).tasklet(fileArchiver, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	FileOpener fileOpener(IngestMappings mappings, ScoringModel scoringModel, AreaRegister areaRegister,
			OrgUnitRegister orgUnitRegister, StpProperties properties) {
		return new FileOpener(new Reading(mappings, scoringModel, areaRegister, orgUnitRegister,
				properties.ingest().maxRowsPerSheet()));
	}

	/** Reads a file as ingest would, without the store (the {@code check} command). */
	@Bean
	FileCheck fileCheck(FileOpener fileOpener) {
		return new FileCheck(fileOpener, () -> fileOpener.validator((fileId, keys) -> {
		}));
	}

	@Bean
	@StepScope
	RowValidator rowValidator(FileOpener fileOpener, ObservationDao observations) {
		return fileOpener.validator(observations::forEachKeyOfFile);
	}

	@Bean
	@StepScope
	IngestWriter ingestWriter(DataSource dataSource, FileLedgerDao ledger,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
		JdbcBatchItemWriter<ObservationBlock> observations = new JdbcBatchItemWriterBuilder<ObservationBlock>()
			.dataSource(dataSource)
			.sql(ObservationBlockRows.INSERT)
			.itemPreparedStatementSetter(ObservationBlockRows::bind)
			.build();
		observations.afterPropertiesSet();
		JdbcBatchItemWriter<IngestNote> notes = jdbcWriter(dataSource, RejectedRowListener.INSERT_NOTE);
		return new IngestWriter(observations, notes, ledger, jobInstanceId);
	}

	@Bean
	RejectedRowListener rejectedRowListener(JdbcClient jdbcClient) {
		return new RejectedRowListener(jdbcClient);
	}

	@Bean
	@StepScope
	FileArchiver fileArchiver(@Value("#{jobParameters['input.dir']}") String inputDir, FileLedgerDao ledger,
			@Value("#{jobParameters['run.date']}") LocalDate runDate, DatabaseCheckpoint checkpoint) {
		return new FileArchiver(Path.of(inputDir), ledger, runDate, checkpoint);
	}

	private static <T> JdbcBatchItemWriter<T> jdbcWriter(DataSource dataSource, String sql) {
		JdbcBatchItemWriter<T> writer = new JdbcBatchItemWriterBuilder<T>().dataSource(dataSource)
			.sql(sql)
			.itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
			.assertUpdates(true)
			.build();
		writer.afterPropertiesSet();
		return writer;
	}

}
