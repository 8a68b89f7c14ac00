package uk.nhs.stp.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import uk.nhs.stp.settings.Progress;
import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.IngestEventDao;
import uk.nhs.stp.store.MonitoringDao;
import uk.nhs.stp.store.RevisionDao;
import uk.nhs.stp.store.ScoreDao;

/**
 * The {@code report} step: reads this run's stored scores and writes the national workbook and
 * the CSV exports to the output folder. The workbook's path goes into the job's context for the
 * run summary.
 */
@Configuration(proxyBeanMethods = false)
public class ReportStepConfiguration {

	/** Key of the report's path in the job execution context. */
	public static final String REPORT_PATH = "report.path";

	private static final Logger log = LoggerFactory.getLogger(ReportStepConfiguration.class);

	/** The NHS regions of the reported areas, in first-seen order. */
	static java.util.List<String> regions(ReportData data) {
		return data.areas().stream().map(a -> a.area().region()).filter(r -> !r.isBlank()).distinct().toList();
	}

	/** "Midlands and East" → "midlands-and-east". */
	static String slug(String region) {
		return region.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	/** Temporary copies left in the output folder by a run cut off while writing (never visible reports). */
	static void removeCutOffWrites(Path folder) throws java.io.IOException {
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(AtomicFile::isTemporary).toList()) {
				log.info("report: removing {}, left by a run cut off while writing it", file);
				Files.deleteIfExists(file);
			}
		}
	}

	private static String seconds(long nanos) {
		return String.format(java.util.Locale.UK, "%.2f", nanos / 1e9);
	}

	@Bean
	Step report(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

	@Bean
	ReportQueries reportQueries(ScoreDao scores, FileLedgerDao ledger, IngestEventDao events, ScoringModel model,
			AreaRegister register, RevisionDao revisions, MonitoringDao monitoring, StpProperties properties) {
		return new ReportQueries(scores, ledger, events, model, register, revisions, monitoring, properties.sampleDir());
	}

	@Bean
	@StepScope
	Tasklet reportTasklet(ReportQueries queries, @Value("#{jobParameters['output.dir']}") String outputDir,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
			@Value("#{jobParameters['run.date']}") LocalDate runDate) {
		return (contribution, chunkContext) -> {
			FaultPoints.reached("report.started");
			long start = System.nanoTime();
			ReportData data = queries.load(jobInstanceId);
			long loaded = System.nanoTime();
			Path folder = Path.of(outputDir);
			Files.createDirectories(folder);
			removeCutOffWrites(folder);
			Path workbook = folder.resolve("stp-progress-" + runDate + ".xlsx");
			List<String> regions = regions(data);
			ReportFiles files = new ReportFiles().add(() -> NationalWorkbook.write(data, workbook));
			for (String region : regions) {
				files.add(() -> NationalWorkbook.writePack(data.forRegion(region),
						folder.resolve("stp-progress-" + runDate + "-" + slug(region) + ".xlsx"), region));
			}
			files.add(() -> {
				CsvExports.writeScores(data, folder.resolve("scores-" + runDate + ".csv"));
				CsvExports.writeIngestLog(data, folder.resolve("ingest-log-" + runDate + ".csv"));
				MetricScoresCsv.write(data, folder.resolve("metric-scores-" + runDate + ".csv"));
			});
			int threads = data.areas().size() <= ReportFiles.PARALLEL_AREAS ? Runtime.getRuntime().availableProcessors() : 1;
			long[] nanos = files.write(threads);
			long end = System.nanoTime();
			Progress.line("report: wrote {}, {} regional pack(s) and the CSV exports", workbook, regions.size());
			log.info("report: wrote {}, {} regional packs and the CSV exports in {} s on {} thread(s) (reading the "
					+ "store {} s; writing, each file's time: national workbook {} s, packs {} s in all, CSVs {} s)",
					workbook, regions.size(), seconds(end - start), threads, seconds(loaded - start), seconds(nanos[0]),
					seconds(Arrays.stream(nanos, 1, nanos.length - 1).sum()), seconds(nanos[nanos.length - 1]));
			FaultPoints.reached("report.written");
			contribution.getStepExecution()
				.getJobExecution()
				.getExecutionContext()
				.putString(REPORT_PATH, workbook.toString());
			return RepeatStatus.FINISHED;
		};
	}

}
