package uk.nhs.stp.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import uk.nhs.stp.IntegrationTestSupport;
import uk.nhs.stp.cli.NightlyRunner;
import uk.nhs.stp.sample.SampleDataGenerator;

/**
 * The whole nightly job on the shipped sample data, on a real HSQLDB file database and real
 * folders: statuses, row counts in the store, rejected rows with their reasons, the files' fates,
 * the workbook read back with POI, idempotence and restart after a failure.
 */
class NightlyJobIntegrationTests extends IntegrationTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	private NightlyRunner runner;

	@org.springframework.beans.factory.annotation.Autowired
	private uk.nhs.stp.cli.ExportCommand export;

	@org.springframework.beans.factory.annotation.Autowired
	private uk.nhs.stp.score.ScoringService scoring;

	/** The late returns file, row by row: 2 loaded, 5 rejected, 2 missing (see jobs/sample/README.md). */
	private static final long LATE_LOADED = 2;

	@Test
	void sampleRunLoadsEveryValidRowAndAccountsForTheRest() throws Exception {
		// given
		copySample();
		SampleCounts sample = SampleCounts.of(SAMPLE);
		// when
		JobExecution execution = runJob();
		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
		assertThat(observations()).isEqualTo(sample.numeric() + LATE_LOADED);
		assertThat(this.jdbcTemplate.queryForObject(
				"SELECT COUNT(*) FROM STP_INGEST_EVENT WHERE STATUS = 'missing'", Long.class))
			.isEqualTo(sample.suppressed() + 2);
		assertThat(this.jdbcTemplate.queryForList("SELECT STATUS FROM STP_FILE", String.class)).hasSize(4)
			.containsOnly("loaded");
	}

	@Test
	void rejectedRowsNameTheCellTheValueAndTheReason() throws Exception {
		copySample();
		runJob();
		List<Map<String, Object>> rejected = this.jdbcTemplate.queryForList("""
				SELECT e.ROW_NUM, e.COLUMN_REF, e.REASON_CLASS, e.RAW_VALUE, e.REASON FROM STP_INGEST_EVENT e
				JOIN STP_FILE f ON f.FILE_ID = e.FILE_ID
				WHERE e.STATUS = 'rejected' AND f.FILE_NAME = 'late-returns-2019-03.csv' ORDER BY e.ROW_NUM""");
		assertThat(rejected).extracting(r -> r.get("ROW_NUM") + " " + r.get("COLUMN_REF") + " " + r.get("REASON_CLASS"))
			.containsExactly("4 A unknown_area", "5 B unknown_metric", "6 C bad_period", "7 D out_of_range",
					"10 D not_a_number");
		assertThat(rejected.get(0).get("RAW_VALUE")).isEqualTo("E54000099");
		assertThat((String) rejected.get(0).get("REASON")).startsWith("cell A4: unknown area 'E54000099'")
			.contains("jobs/areas.csv");
		assertThat((String) rejected.get(3).get("REASON")).contains("140.2").contains("cannot exceed 100");
	}

	@Test
	void movesLoadedFilesToTheArchiveOfTheDay() throws Exception {
		copySample();
		runJob();
		Path archive = INPUT.resolve("archive").resolve(LocalDate.now().toString());
		assertThat(archive.resolve("late-returns-2019-03.csv")).exists();
		assertThat(archive.resolve("acute-performance-2016-19.xlsx")).exists();
		assertThat(INPUT.resolve("late-returns-2019-03.csv")).doesNotExist();
		assertThat(this.jdbcTemplate.queryForList("SELECT MOVED_TO FROM STP_FILE", String.class))
			.allSatisfy(moved -> assertThat(moved).startsWith("archive/"));
	}

	@Test
	void findsTheSlowerAndFasterAreasBuiltIntoTheSample() throws Exception {
		copySample();
		runJob();
		Map<String, String> verdicts = verdicts();
		SampleDataGenerator.SLOWER.forEach(code -> assertThat(verdicts.get(code)).as(code).isEqualTo("SLOWER"));
		SampleDataGenerator.FASTER.forEach(code -> assertThat(verdicts.get(code)).as(code).isEqualTo("FASTER"));
		String sparse = this.jdbcTemplate.queryForObject(
				"SELECT REASONS FROM STP_AREA_SCORE WHERE AREA_CODE = ? AND SCORED = FALSE", String.class,
				SampleDataGenerator.SPARSE);
		assertThat(sparse).startsWith("not scored: too little data");
		assertThat(count("STP_AREA_SCORE")).isEqualTo(44);
	}

	@Test
	void saysHowSureEachTierIsAndNamesLateCoreMetricsAndWhatKeepsAreasOutOfLightTouch() throws Exception {
		copySample();
		runJob();
		// every scored area's simulated tier shares sum to 1, and a borderline area is below 80% in all
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_AREA_SCORE WHERE SCORED "
				+ "AND ABS(P_TIER_1 + P_TIER_2 + P_TIER_3 + P_TIER_4 - 1) > 1e-9", Integer.class)).isZero();
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_AREA_SCORE WHERE BORDERLINE "
				+ "AND GREATEST(P_TIER_1, P_TIER_2, P_TIER_3, P_TIER_4) >= 0.8", Integer.class)).isZero();
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_AREA_SCORE WHERE SCORED "
				+ "AND RANK_LOWER <= UNEXPLAINED_RANK AND UNEXPLAINED_RANK <= RANK_UPPER", Integer.class)).isEqualTo(43);
		// Humber, Coast and Vale sent no March elective-waits return: February's is used and named,
		// and the metric no longer drops out of its level (its coverage stays whole). Its tier turns on
		// the level median, which the late agency-spend return (delivered last) moves, so it is not
		// asserted here.
		Map<String, Object> humber = this.jdbcTemplate
			.queryForMap("SELECT COVERAGE, REASONS FROM STP_AREA_SCORE WHERE AREA_CODE = 'E54000006'");
		assertThat((String) humber.get("REASONS")).contains("elective waits: the Feb 2019 figure is used (late return");
		assertThat(((Number) humber.get("COVERAGE")).doubleValue()).isEqualTo(1.0);
		assertThat(this.jdbcTemplate.queryForObject("SELECT LATE FROM STP_METRIC_SCORE WHERE AREA_CODE = 'E54000006' "
				+ "AND METRIC_ID = 'rtt_18wk'", Boolean.class)).isTrue();
		assertThat(this.jdbcTemplate.queryForList("SELECT REASONS FROM STP_AREA_SCORE", String.class))
			.noneMatch(r -> r.contains("no rule"));
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_AREA_SCORE WHERE TIER = 2 "
				+ "AND REASONS LIKE '%kept out of light-touch monitoring by%special-cause concern%'", Integer.class)).isPositive();
		// one SPC chart per area and core metric that has an SPC reading (43 areas × 4, and West, North
		// and East Cumbria's two), with a point per period of its series
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(DISTINCT AREA_CODE || METRIC_ID) FROM STP_SPC_POINT",
				Integer.class)).isEqualTo(43 * 4 + 2)
			.isEqualTo(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_METRIC_SCORE WHERE SPC_VARIATION IS NOT NULL "
					+ "AND METRIC_ID IN ('ae_4hr', 'rtt_18wk', 'cancer_62day', 'agency_spend')", Integer.class));
		assertThat(this.jdbcTemplate.queryForObject(
				"SELECT COUNT(*) FROM STP_AREA_SCORE WHERE SCORED AND LEAGUE_SEGMENT BETWEEN 1 AND 4", Integer.class))
			.isEqualTo(43);
	}

	@Test
	void aRescoredRunGivesTheSameTierProbabilitiesFromTheSameSeed() throws Exception {
		copySample();
		runJob();
		String query = "SELECT AREA_CODE, P_TIER_1, P_TIER_2, P_TIER_3, P_TIER_4, RANK_LOWER, RANK_UPPER "
				+ "FROM STP_AREA_SCORE ORDER BY AREA_CODE";
		List<Map<String, Object>> first = this.jdbcTemplate.queryForList(query);
		long instance = this.jdbcTemplate.queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM STP_SCORE_RUN", Long.class);
		this.scoring.score(instance, LocalDate.now());
		assertThat(this.jdbcTemplate.queryForList(query)).isEqualTo(first);
	}

	@Test
	void writesAWorkbookThatCarriesTheStoredScores() throws Exception {
		copySample();
		runJob();
		Path workbook = OUTPUT.resolve("stp-progress-" + LocalDate.now() + ".xlsx");
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
			assertThat(book.getSheetName(1)).isEqualTo("Support tiers");
			Sheet areas = book.getSheet("Support tiers");
			Row intensive = findRow(areas, "North East London");
			double storedPace = this.jdbcTemplate.queryForObject(
					"SELECT PACE FROM STP_AREA_SCORE WHERE AREA_CODE = 'E54000029'", Double.class);
			assertThat(intensive.getCell(9).getNumericCellValue()).isEqualTo(storedPace);
			assertThat(intensive.getCell(1).getStringCellValue()).isEqualTo("4. Intensive support");
			// the sample's figures are synthetic, and the sheets say so
			assertThat(book.getSheet("Funnel plots").getDrawingPatriarch().getCharts()).hasSize(5);
			assertThat(book.getSheet("Summary").getRow(2).getCell(0).getStringCellValue()).startsWith("SYNTHETIC SAMPLE DATA");
		}
		// the North pack has a profile page per area and an SPC chart per area and core metric
		Path north = OUTPUT.resolve("stp-progress-" + LocalDate.now() + "-north.xlsx");
		int charts = this.jdbcTemplate.queryForObject("SELECT COUNT(DISTINCT p.AREA_CODE || p.METRIC_ID) FROM STP_SPC_POINT p "
				+ "WHERE p.AREA_CODE IN ('E54000005', 'E54000006', 'E54000007', 'E54000008', 'E54000009', 'E54000045', "
				+ "'E54000046', 'E54000047', 'E54000048')", Integer.class);
		try (InputStream in = Files.newInputStream(north); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(book.getSheet("Area profiles").getDrawingPatriarch().getCharts()).hasSize(charts);
		}
		assertThat(OUTPUT.resolve("scores-" + LocalDate.now() + ".csv")).exists();
		assertThat(Files.readAllLines(OUTPUT.resolve("ingest-log-" + LocalDate.now() + ".csv")).get(0))
			.isEqualTo("\uFEFFfile,sheet,row,column,status,reason_class,reason");
	}

	@Test
	void runningTwiceOnTheSameInputCountsNothingTwice() throws Exception {
		copySample();
		runJob();
		long observations = observations();
		copySample();
		JobExecution second = runJob();
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.getExitStatus().getExitCode()).isEqualTo(NewDataDecider.NOTHING_NEW);
		assertThat(observations()).isEqualTo(observations);
		assertThat(this.jdbcTemplate.queryForList(
				"SELECT REASON_CLASS FROM STP_FILE WHERE STATUS = 'ignored'", String.class)).hasSize(4)
			.containsOnly("duplicate_file");
	}

	@Test
	void aRunThatFailsInTheReportStepRestartsWithoutCountingTwice() throws Exception {
		// given: the output folder cannot be created, so the report step fails
		copySample();
		Files.delete(OUTPUT);
		Files.writeString(OUTPUT, "not a folder");
		JobExecution failed = runJob();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(stepStatuses(failed)).containsEntry("ingest", BatchStatus.COMPLETED)
			.containsEntry("score", BatchStatus.COMPLETED)
			.containsEntry("report", BatchStatus.FAILED);
		long observations = observations();
		// when: the cause is fixed and the failed execution restarted
		Files.delete(OUTPUT);
		JobExecution restarted = this.jobOperatorTestUtils.getJobOperator().restart(failed);
		// then: only the report step ran again, and nothing was loaded twice
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(stepStatuses(restarted)).containsOnlyKeys("report");
		assertThat(observations()).isEqualTo(observations);
		assertThat(OUTPUT.resolve("stp-progress-" + LocalDate.now() + ".xlsx")).exists();
	}

	@Test
	void aRunCutOffByACrashIsRecoveredAndRestartedByTheNextRun() throws Exception {
		// given: a run that failed in the report step, then left marked as running, as a kill -9
		// during the report would leave it
		copySample();
		Files.delete(OUTPUT);
		Files.writeString(OUTPUT, "not a folder");
		JobExecution crashed = runJob();
		this.jdbcTemplate.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
				crashed.getId());
		this.jdbcTemplate.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STEP_NAME = 'report'");
		Files.delete(OUTPUT);
		Files.createDirectories(OUTPUT);
		// when: the next run starts
		NightlyRunner.Outcome outcome = this.runner.run(false);
		// then: it recovered the stale execution and restarted it to completion
		assertThat(outcome.summary().run().restarted()).isTrue();
		assertThat(outcome.summary().run().status()).isEqualTo("COMPLETED");
		assertThat(outcome.summary().report()).endsWith(".xlsx");
		assertThat(observations()).isEqualTo(SampleCounts.of(SAMPLE).numeric() + LATE_LOADED);
	}

	@Test
	void listsRevisionsAndExportsTheLatestWithItsSourceCell() throws Exception {
		copySample();
		runJob();
		Path workbook = OUTPUT.resolve("stp-progress-" + LocalDate.now() + ".xlsx");
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Row revision = findRow(book.getSheet("Changes"), "Milton Keynes, Bedfordshire and Luton");
			assertThat(revision.getCell(1).getStringCellValue()).isEqualTo("ae_4hr");
			assertThat(revision.getCell(4).getNumericCellValue()).isEqualTo(88.0);
			assertThat(revision.getCell(5).getStringCellValue()).isEqualTo("late-returns-2019-03.csv cell D2");
		}
		this.export.export();
		List<String> lines = Files.readAllLines(OUTPUT.resolve("observations.csv"));
		assertThat(lines.get(0)).isEqualTo("\uFEFFarea_code,metric,period_start,period_length,value,numerator,denominator,"
				+ "source_file,source_sheet,source_cell,revision");
		assertThat(lines).contains("E54000024,ae_4hr,2019-03-01,month,88,27100,30795,late-returns-2019-03.csv,,D2,2");
		assertThat(lines).hasSize(1 + (int) (observations() - 2));
	}

	@Test
	void storesPeersRedundancyAndTheMetricScoresExport() throws Exception {
		copySample();
		runJob();
		int scored = this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_AREA_SCORE WHERE SCORED", Integer.class);
		assertThat(count("STP_PEER")).isEqualTo(scored * 5);
		assertThat(this.jdbcTemplate.queryForObject(
				"SELECT COUNT(*) FROM STP_PEER WHERE AREA_CODE = PEER_CODE", Integer.class)).isZero();
		assertThat(count("STP_METRIC_PAIR")).isEqualTo(8 * 7 / 2);
		assertThat(this.jdbcTemplate.queryForObject(
				"SELECT COUNT(*) FROM STP_METRIC_SUMMARY WHERE IN_MINIMAL_SET", Integer.class)).isBetween(1, 8);
		assertThat(this.jdbcTemplate.queryForObject(
				"SELECT REQUESTED FROM STP_METRIC_SUMMARY WHERE METRIC_ID = 'ae_4hr'", Integer.class)).isEqualTo(36);
		List<String> csv = Files.readAllLines(OUTPUT.resolve("metric-scores-" + LocalDate.now() + ".csv"));
		assertThat(csv.get(0)).startsWith("\uFEFFarea_code,area_name,region,metric,metric_name,unit,latest_period,latest_value")
			.endsWith(",note,late");
		// Humber, Coast and Vale sent no March return for elective waits: February's is used, flagged late
		assertThat(csv).anyMatch(line -> line.startsWith("E54000006,\"Humber, Coast and Vale\",North,rtt_18wk,")
				&& line.endsWith(",true"));
		assertThat(csv).hasSize(1 + count("STP_METRIC_SCORE"));
		double slope = this.jdbcTemplate.queryForObject(
				"SELECT SLOPE FROM STP_METRIC_SCORE WHERE AREA_CODE = 'E54000005' AND METRIC_ID = 'ae_4hr'", Double.class);
		assertThat(csv).anyMatch(line -> line.startsWith("E54000005,West Yorkshire,North,ae_4hr,")
				&& line.contains("," + slope + ","));
	}

	private Map<String, String> verdicts() {
		Map<String, String> verdicts = new java.util.HashMap<>();
		this.jdbcTemplate.query("SELECT AREA_CODE, VERDICT FROM STP_AREA_SCORE",
				(rs) -> { verdicts.put(rs.getString(1), rs.getString(2)); });
		return verdicts;
	}

	private static Map<String, BatchStatus> stepStatuses(JobExecution execution) {
		Map<String, BatchStatus> statuses = new java.util.HashMap<>();
		for (StepExecution step : execution.getStepExecutions()) {
			statuses.put(step.getStepName(), step.getStatus());
		}
		return statuses;
	}

	private static Row findRow(Sheet sheet, String areaCode) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& areaCode.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(areaCode + " not found in sheet " + sheet.getSheetName());
	}

}
