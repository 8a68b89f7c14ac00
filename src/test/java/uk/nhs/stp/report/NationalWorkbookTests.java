package uk.nhs.stp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.score.AreaScore;
import uk.nhs.stp.score.FourCircumstances;
import uk.nhs.stp.score.ModelFit;
import uk.nhs.stp.stats.Verdict;
import uk.nhs.stp.store.IngestEventDao.IngestEvent;
import uk.nhs.stp.store.LedgerEntry;
import uk.nhs.stp.store.ScoreDao.StoredRun;

/** The workbook and CSV exports written to a temporary folder and read back with POI. */
class NationalWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void writesTheSheetsInOrderWithTheirHeaders() throws Exception {
		try (XSSFWorkbook book = write()) {
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
				.containsExactly("Summary", "Areas", "Data quality", "Methodology");
			Row header = headerRow(book.getSheet("Areas"));
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Area code");
			assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Pace (per year)");
			assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("STP progress report 2019-04-30");
		}
	}

	@Test
	void putsTheAreasNeedingSupportOnTheSummaryWithTheirReason() throws Exception {
		try (XSSFWorkbook book = write()) {
			String summary = text(book.getSheet("Summary"));
			assertThat(summary).contains("Of 3 areas, 2 were scored: 1 intensive support, 1 light-touch monitoring")
				.contains("Intensive support: Slowtown (pace is slower than its circumstances explain)")
				.contains("explain 41% of the differences in pace");
		}
	}

	@Test
	void formatsNumbersAndColoursTiers() throws Exception {
		try (XSSFWorkbook book = write()) {
			Row slow = rowOf(book.getSheet("Areas"), "E54000001");
			assertThat(slow.getCell(8).getNumericCellValue()).isEqualTo(-0.4);
			assertThat(slow.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(slow.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0%");
			XSSFCellStyle tier = (XSSFCellStyle) slow.getCell(4).getCellStyle();
			assertThat(tier.getFillForegroundColorColor().getRGB()).isEqualTo(ReportStyles.TIER_COLOURS.get(4));
			Row notScored = rowOf(book.getSheet("Areas"), "E54000003");
			assertThat(notScored.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void neverTurnsInputTextIntoAFormula() throws Exception {
		try (XSSFWorkbook book = write()) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							assertThat(cell.getStringCellValue()).doesNotContain("NaN").isNotEqualTo("null");
						}
					}
				}
			}
			assertThat(text(book.getSheet("Data quality"))).contains("=HYPERLINK(\"http://example.invalid\")");
		}
	}

	@Test
	void theScoresCsvCarriesTheSameNumbersUnderItsDocumentedHeader() throws Exception {
		Path csv = this.folder.resolve("scores.csv");
		CsvExports.writeScores(data(), csv);
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines.get(0)).isEqualTo("area_code,area_name,region,tier,tier_name,verdict,coverage,level,pace,"
				+ "expected_pace,unexplained_pace,studentised_residual,leverage,relationship_z,population_z,geography_z,"
				+ "flow_z,relationship_contribution,population_contribution,geography_contribution,flow_contribution,reasons");
		assertThat(lines.get(1)).startsWith("E54000001,Slowtown,North,4,Intensive support,");
		assertThat(lines.get(1).split(",")[8]).isEqualTo("-0.4");
		assertThat(lines.get(3)).startsWith("E54000003,'=Evil,South,,Not scored,,0.3,,,");
	}

	@Test
	void theIngestLogHasOneRowPerFileAndPerRowNotLoaded() throws Exception {
		Path csv = this.folder.resolve("log.csv");
		CsvExports.writeIngestLog(data(), csv);
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines).containsExactly("file,sheet,row,column,status,reason_class,reason",
				"a.csv,,,,loaded,,\"10 rows read: 9 loaded, 1 rejected, 0 missing\"",
				"a.csv,,7,D,rejected,not_a_number,\"cell D7: '=HYPERLINK(\"\"http://example.invalid\"\")' is not a number\"");
	}

	private XSSFWorkbook write() throws Exception {
		Path file = this.folder.resolve("report.xlsx");
		NationalWorkbook.write(data(), file);
		assertThat(this.folder.resolve(".report.xlsx.part")).doesNotExist();
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static ReportData data() {
		ModelFit fit = new ModelFit(true, null, 40, 35, 0.41, 0.34, 0.2, 0.1, 2.03,
				List.of(new ModelFit.Term("intercept", 0.1, 0.02, 5, 1e-5)));
		FourCircumstances z = new FourCircumstances(0.1, 0.2, 0.3, 0.4);
		AreaScore slow = new AreaScore(new Area("E54000001", "Q01", "Slowtown", "North"), true, 4, "Intensive support",
				Verdict.SLOWER, false, 0.9, 0.9, -1.2, -0.4, 0.3, -0.7, -3.1, 0.1, z, z,
				List.of("pace is slower than its circumstances explain", "its circumstances explain more"));
		AreaScore good = new AreaScore(new Area("E54000002", "Q02", "Goodville", "London"), true, 1,
				"Light-touch monitoring", Verdict.AS_EXPLAINED, false, 1.0, 1.0, 1.1, 0.6, 0.5, 0.1, 0.4, 0.1, z, z,
				List.of("level is in the top half"));
		AreaScore unscored = new AreaScore(new Area("E54000003", "", "=Evil", "South"), false, null, AreaScore.NOT_SCORED,
				null, null, 0.3, 0.3, null, null, null, null, null, null, FourCircumstances.NONE, FourCircumstances.NONE,
				List.of("not scored: too little data"));
		LedgerEntry file = new LedgerEntry(1, 1, "a.csv", "ab", 100, "loaded", null, null, 10, 9, 1, 0,
				LocalDateTime.now(), LocalDateTime.now(), "archive/2019-04-30/a.csv");
		IngestEvent event = new IngestEvent("a.csv", "", 7, "D", "rejected", "not_a_number",
				"=HYPERLINK(\"http://example.invalid\")", "cell D7: '=HYPERLINK(\"http://example.invalid\")' is not a number");
		return new ReportData(new StoredRun(1, LocalDate.of(2019, 4, 30), "jobs/scoring-model.yml", fit),
				ScoringModelLoader.load(Path.of("jobs/scoring-model.yml")), List.of(slow, good, unscored), Map.of(),
				List.of(), List.of(file), List.of(event), List.of(), Map.of(), new uk.nhs.stp.score.Redundancy(List.of(), List.of()));
	}

	private static Row headerRow(Sheet sheet) {
		return rowOf(sheet, "Area code");
	}

	private static Row rowOf(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCell)) {
				return row;
			}
		}
		throw new AssertionError(firstCell + " not in " + sheet.getSheetName());
	}

	private static String text(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					text.append(cell.getStringCellValue()).append('\n');
				}
			}
		}
		return text.toString();
	}

}
