package uk.nhs.stp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.jdbc.JdbcTestUtils;

import uk.nhs.stp.job.JobParameterKeys;

/**
 * Base of the integration tests: the real application on a real HSQLDB <b>file</b> database and
 * real folders, all under one temporary directory per test JVM (so Spring's cached context never
 * points at a deleted folder). Every test starts from empty tables and empty folders.
 */
@SpringBootTest
@SpringBatchTest
public abstract class IntegrationTestSupport {

	protected static final Path ROOT = createRoot();

	protected static final Path INPUT = ROOT.resolve("input");

	protected static final Path OUTPUT = ROOT.resolve("output");

	protected static final Path DB = ROOT.resolve("db");

	/** The shipped sample data (the tests run from the project folder). */
	protected static final Path SAMPLE = Path.of("jobs/sample");

	private static final String[] STORE_TABLES = { "STP_OBSERVATION_BLOCK", "STP_INGEST_EVENT", "STP_FILE", "STP_SCORE_RUN",
			"STP_MODEL_TERM", "STP_AREA_SCORE", "STP_METRIC_SCORE", "STP_METRIC_SUMMARY", "STP_PEER", "STP_METRIC_PAIR",
			"STP_SPC_POINT", "STP_TIER_SENSITIVITY" };

	private static long runId = 1000;

	@Autowired
	protected JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	protected JobRepositoryTestUtils jobRepositoryTestUtils;

	@Autowired
	protected JdbcTemplate jdbcTemplate;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("stp.input-dir", INPUT::toString);
		registry.add("stp.output-dir", OUTPUT::toString);
		registry.add("stp.db-dir", DB::toString);
		registry.add("stp.ingest.settle-seconds", () -> "0");
		registry.add("logging.file.name", () -> ROOT.resolve("test.log").toString());
	}

	@BeforeEach
	void emptyStoreAndFolders() throws IOException {
		this.jobRepositoryTestUtils.removeJobExecutions();
		JdbcTestUtils.deleteFromTables(this.jdbcTemplate, STORE_TABLES);
		for (Path folder : new Path[] { INPUT, OUTPUT }) {
			deleteRecursively(folder);
			Files.createDirectories(folder);
		}
	}

	protected static JobParameters parameters() {
		return new JobParametersBuilder().addLong(JobParameterKeys.RUN_ID, ++runId)
			.addLocalDate(JobParameterKeys.RUN_DATE, LocalDate.now(), false)
			.addString(JobParameterKeys.INPUT_DIR, INPUT.toString(), false)
			.addString(JobParameterKeys.OUTPUT_DIR, OUTPUT.toString(), false)
			.toJobParameters();
	}

	protected JobExecution runJob() throws Exception {
		return this.jobOperatorTestUtils.startJob(parameters());
	}

	/** Copies the sample in, dated one second apart in its delivery order (ingest reads them in that order). */
	protected static void copySample() throws IOException {
		List<String> order = Files.readAllLines(SAMPLE.resolve("delivery-order.txt"))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		long first = System.currentTimeMillis() - 600_000;
		for (int i = 0; i < order.size(); i++) {
			Path copy = Files.copy(SAMPLE.resolve(order.get(i)), INPUT.resolve(order.get(i)));
			Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(first + 1000L * i));
		}
	}

	/** Observations stored, every version counted (they are kept in blocks). */
	protected long observations() {
		return this.jdbcTemplate.queryForObject("SELECT COALESCE(SUM(OBSERVATIONS), 0) FROM STP_OBSERVATION_BLOCK",
				Long.class);
	}

	protected int count(String table) {
		return JdbcTestUtils.countRowsInTable(this.jdbcTemplate, table);
	}

	protected static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private static Path createRoot() {
		try {
			Path root = Files.createTempDirectory("stp-it-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					deleteRecursively(root);
				}
				catch (IOException ex) {
					// best effort: the OS cleans temporary folders
				}
			}));
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
