package uk.nhs.stp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook and CSV exports written to a temporary folder and read back with POI. */
class NationalWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void writesTheSheetsInOrderWithTheirHeaders() throws Exception {
		try (XSSFWorkbook book = write()) {
			List<String> names = new java.util.ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("Summary", "Support tiers", "Pace vs circumstances", "Funnel plots", "Metrics",
					"Peers", "Monitoring burden", "Changes", "Data quality", "Methodology", "Chart data");
			assertThat(cells(rowOf(book.getSheet("Support tiers"), "Area"))).containsExactlyElementsOf(SupportTiersSheet.HEADINGS);
			assertThat(cells(rowOf(book.getSheet("Metrics"), "Area"))).containsExactlyElementsOf(MetricsSheet.HEADINGS);
			assertThat(cells(rowOf(book.getSheet("Pace vs circumstances"), "Area"))).containsExactlyElementsOf(PaceSheet.HEADINGS);
			assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("STP progress report 2019-04-30");
			assertThat(book.getProperties().getCoreProperties().getDescription()).contains("Mar 2019");
		}
	}

	@Test
	void theSummaryNamesTheAreasNeedingSupportWhatAndWhyHowSureAndWhatChanged() throws Exception {
		try (XSSFWorkbook book = write()) {
			Sheet sheet = book.getSheet("Summary");
			String summary = text(sheet);
			assertThat(summary).contains("Of 3 areas, 2 were scored: 1 intensive support, 1 light-touch monitoring")
				.contains("Intensive support (1): Slowtown.")
				.contains("Since the report of 2019-03-31, 1 area needs more support (Slowtown)")
				.contains("explain 41% of the differences in pace")
				.contains("1 of the 1 areas needing support is borderline (Slowtown)");
			Row slowtown = rowWith(sheet, 0, "Slowtown");
			assertThat(slowtown.getCell(2).getStringCellValue()).isEqualTo("4. Intensive support");
			assertThat(slowtown.getCell(3).getStringCellValue()).isEqualTo("70% sure (could be targeted support: 30%)");
			assertThat(slowtown.getCell(4).getStringCellValue()).isEqualTo("borderline");
			assertThat(slowtown.getCell(5).getStringCellValue()).isEqualTo("Focus support on Emergency care; monitoring: full "
					+ "metric set, monthly. Why: overall level in the bottom fifth of areas; improving more slowly than its "
					+ "circumstances explain. Held back most by " + ReportFixtures.FOCUS_PHRASE + ".");
			// the sentence a director reads carries units and no statistics
			assertThat(slowtown.getCell(5).getStringCellValue()).contains("%").doesNotContain("residual").doesNotContain(" z ");
			assertThat(rowWith(sheet, 0, "=Evil").getCell(5).getStringCellValue()).isEqualTo("Too little data.");
		}
	}

	@Test
	void theSummarySaysWhoALeagueTableWouldBlameAndWhoItWouldMiss() throws Exception {
		try (XSSFWorkbook book = write()) {
			Sheet sheet = book.getSheet("Summary");
			int blamed = rowWith(sheet, 0, LeaguePanel.BLAMED).getRowNum();
			int missed = rowWith(sheet, 0, LeaguePanel.MISSED).getRowNum();
			assertThat(sheet.getRow(blamed + 1).getCell(0).getStringCellValue()).isEqualTo("Goodville");
			assertThat(sheet.getRow(blamed + 1).getCell(3).getStringCellValue()).isEqualTo("segment 4 of 4");
			assertThat(sheet.getRow(missed + 1).getCell(0).getStringCellValue()).isEqualTo("Slowtown");
			assertThat(sheet.getRow(missed + 1).getCell(5).getStringCellValue())
				.isEqualTo("in the league table's top half, but improving more slowly than its circumstances explain.");
			assertThat(text(sheet)).contains("would put 1 area in its bottom segment whose pace their circumstances explain "
					+ "(Goodville), and would miss 1 area improving more slowly than their circumstances explain (Slowtown).");
		}
	}

	@Test
	void formatsNumbersByUnitChangesInPointsAndColoursTiersLikeTheCharts() throws Exception {
		try (XSSFWorkbook book = write()) {
			Row slow = rowOf(book.getSheet("Support tiers"), "Slowtown");
			assertThat(slow.getCell(9).getNumericCellValue()).isEqualTo(-0.4);
			assertThat(slow.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(slow.getCell(26).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			// interval: u -0.7, SE = u / t = 0.7 / 3.1, critical 2.03
			assertThat(slow.getCell(13).getNumericCellValue()).isCloseTo(-0.7 + 2.03 * 0.7 / 3.1, within(1e-12));
			assertThat(slow.getCell(21).getNumericCellValue()).isEqualTo(0.7);
			assertThat(slow.getCell(15).getNumericCellValue()).isEqualTo(1.0);
			XSSFCellStyle tier = (XSSFCellStyle) slow.getCell(1).getCellStyle();
			assertThat(tier.getFillForegroundColorColor().getRGB()).isEqualTo(ReportStyles.TIER_COLOURS.get(4));
			Row notScored = rowOf(book.getSheet("Support tiers"), "=Evil");
			assertThat(notScored.getCell(9).getCellType()).isEqualTo(CellType.BLANK);
			Sheet metrics = book.getSheet("Metrics");
			Row ae = metricRow(metrics, "Slowtown", "A&E attendances seen within 4 hours");
			assertThat(ae.getCell(4).getNumericCellValue()).isEqualTo(85.2);
			assertThat(ae.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
			assertThat(ae.getCell(9).getNumericCellValue()).isEqualTo(-1.2);
			assertThat(ae.getCell(9).getCellStyle().getDataFormatString()).contains("\" pts\"");
			assertThat(ae.getCell(8).getStringCellValue()).isEqualTo("below the 99.8% limit");
			assertThat(ae.getCell(11).getStringCellValue()).isEqualTo("deteriorating");
			Row beds = metricRow(metrics, "Slowtown", "Emergency bed days per 1,000 population");
			assertThat(beds.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
			assertThat(beds.getCell(6).getStringCellValue()).isEqualTo("Feb 2019 (late return)");
			assertThat(beds.getCell(9).getCellStyle().getDataFormatString()).doesNotContain("pts");
		}
	}

	@Test
	void detailSheetsPrintLegiblyAcrossPagesWithTheNameColumnAndHeaderRepeated() throws Exception {
		try (XSSFWorkbook book = write()) {
			for (String name : List.of("Support tiers", "Metrics", "Peers")) {
				XSSFSheet sheet = book.getSheet(name);
				assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
				assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).as(name).isEqualTo((short) 1);
				assertThat(sheet.getRow(0).getCell(0)).isNotNull();
				assertThat(rowOf(sheet, "Area").getCell(0).getStringCellValue()).isEqualTo("Area");
				assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
				assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
				assertThat(sheet.getFitToPage()).as(name).isFalse();
				// 11-point text at 80%: 8.8 points on paper
				assertThat(sheet.getPrintSetup().getScale() * 11 / 100.0).as(name).isGreaterThanOrEqualTo(8);
				assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
				assertThat(sheet.getRepeatingColumns().formatAsString()).as(name).isEqualTo("A:A");
			}
		}
	}

	@Test
	void aSecondTableNeverSitsUnderAFrozenHeaderOfTheFirst() throws Exception {
		try (XSSFWorkbook book = write()) {
			for (String name : List.of("Changes", "Data quality", "Monitoring burden", "Pace vs circumstances")) {
				XSSFSheet sheet = book.getSheet(name);
				assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(name).isZero();
				assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).as(name).isEqualTo((short) 1);
			}
		}
	}

	@Test
	void showsPeersMonitoringChangesAndWhichTiersHangOnASingleChoice() throws Exception {
		try (XSSFWorkbook book = write()) {
			Row peers = rowOf(book.getSheet("Peers"), "Slowtown");
			assertThat(peers.getCell(4).getStringCellValue()).isEqualTo("Goodville");
			assertThat(text(book.getSheet("Monitoring burden"))).contains("Proposed smallest metric set: 1 of 8 metrics")
				.contains("Elective waits under 18 weeks");
			// Slowtown returned 35 + 36 of 72 items requested: 98.6%, never rounded up
			Row returned = rowOf(book.getSheet("Monitoring burden"), "Slowtown");
			assertThat(returned.getCell(4).getNumericCellValue()).isEqualTo(0.986);
			String changes = text(book.getSheet("Changes"));
			assertThat(changes).contains("Universal support").contains("more support").contains("late.csv cell D4");
			Row choice = rowWith(book.getSheet("Methodology"), 3, "verdict level 0.99");
			assertThat(choice.getCell(0).getStringCellValue()).isEqualTo("Slowtown");
			assertThat(choice.getCell(4).getStringCellValue()).isEqualTo("3. Targeted support");
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
						if (cell.getCellType() == CellType.NUMERIC) {
							assertThat(Double.isFinite(cell.getNumericCellValue())).isTrue();
						}
					}
				}
			}
			assertThat(text(book.getSheet("Data quality"))).contains("=HYPERLINK(\"http://example.invalid\")");
			assertThat(text(book.getSheet("Support tiers"))).contains("=Evil");
		}
	}

	@Test
	void aWorkbookOnTheSampleDataSaysOnEverySheetThatItsFiguresAreSynthetic() throws Exception {
		Path file = this.folder.resolve("sample.xlsx");
		NationalWorkbook.write(ReportFixtures.synthetic(), file);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				assertThat(firstRowsText(sheet, 4)).as(sheet.getSheetName()).contains(SyntheticData.NOTICE);
				assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).contains("SYNTHETIC SAMPLE DATA");
			}
			assertThat(book.getProperties().getCoreProperties().getDescription()).contains("Synthetic sample data");
		}
		try (XSSFWorkbook real = write()) {
			for (Sheet sheet : real) {
				assertThat(text(sheet)).as(sheet.getSheetName()).doesNotContain("SYNTHETIC");
			}
		}
	}

	@Test
	void aRegionalPackHoldsOnlyThatRegionsAreasAndAProfileOfEach() throws Exception {
		Path file = this.folder.resolve("north.xlsx");
		NationalWorkbook.writePack(ReportFixtures.data().forRegion("North"), file, "North");
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			String tiers = text(book.getSheet("Support tiers"));
			assertThat(tiers).contains("Slowtown").doesNotContain("Goodville").doesNotContain("=Evil");
			assertThat(text(book.getSheet("Summary"))).contains("North region");
			assertThat(text(book.getSheet("Peers"))).contains("Goodville");
			assertThat(book.getSheet("Funnel plots")).isNull();
			String profiles = text(book.getSheet("Area profiles"));
			assertThat(profiles).contains("Slowtown (North)").contains("4. Intensive support")
				.contains("70% sure (could be targeted support: 30%)")
				.contains("Special cause concern: 7 or more points below the mean; assurance against the 95.0% target: "
						+ "consistently failing")
				.contains("Most similar areas in their circumstances: Goodville.");
		}
	}

	@Test
	void theScoresCsvCarriesTheSameNumbersUnderItsDocumentedHeader() throws Exception {
		Path csv = this.folder.resolve("scores.csv");
		CsvExports.writeScores(data(), csv);
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines.get(0)).isEqualTo("\uFEFFarea_code,area_name,region,tier,tier_name,verdict,coverage,level,pace,"
				+ "expected_pace,unexplained_pace,studentised_residual,leverage,relationship_z,population_z,geography_z,"
				+ "flow_z,relationship_contribution,population_contribution,geography_contribution,flow_contribution,reasons,"
				+ "p_tier_1,p_tier_2,p_tier_3,p_tier_4,borderline,rank,rank_lower,rank_upper,tier_stability,league_segment,"
				+ "league_score,support_focus");
		assertThat(lines.get(1)).startsWith("E54000001,Slowtown,North,4,Intensive support,");
		assertThat(lines.get(1).split(",")[8]).isEqualTo("-0.4");
		assertThat(lines.get(1)).contains(",0.0,0.0,0.3,0.7,true,1.0,1.0,2.0,0.9166666666666666,2,2.1,");
		assertThat(lines.get(3)).startsWith("E54000003,'=Evil,South,,Not scored,,0.3,,,");
	}

	@Test
	void theScoresCsvAndTheWorkbookCarryTheSameNumbers() throws Exception {
		Path csv = this.folder.resolve("scores.csv");
		CsvExports.writeScores(data(), csv);
		try (XSSFWorkbook book = write();
				org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.builder()
					.setReader(new java.io.StringReader(Files.readString(csv).substring(1)))
					.setFormat(org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
					.get()) {
			int compared = 0;
			for (org.apache.commons.csv.CSVRecord record : parser) {
				Row row = rowOf(book.getSheet("Support tiers"), record.get("area_name").replaceFirst("^'", ""));
				for (String[] pair : new String[][] { { "level", "8" }, { "pace", "9" }, { "expected_pace", "10" },
						{ "unexplained_pace", "11" }, { "coverage", "26" }, { "p_tier_4", "21" }, { "rank", "15" } }) {
					Cell cell = row.getCell(Integer.parseInt(pair[1]));
					if (record.get(pair[0]).isEmpty()) {
						assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
					}
					else {
						assertThat(cell.getNumericCellValue()).isEqualTo(Double.parseDouble(record.get(pair[0])));
						compared++;
					}
				}
			}
			assertThat(compared).isEqualTo(2 * 7 + 1);
		}
	}

	@Test
	void theIngestLogHasOneRowPerFileAndPerRowNotLoaded() throws Exception {
		Path csv = this.folder.resolve("log.csv");
		CsvExports.writeIngestLog(data(), csv);
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines).containsExactly("\uFEFFfile,sheet,row,column,status,reason_class,reason",
				"a.csv,,,,loaded,,\"10 rows read: 9 loaded, 1 rejected, 0 missing\"",
				"a.csv,,7,D,rejected,not_a_number,\"cell D7: '=HYPERLINK(\"\"http://example.invalid\"\")' is not a number\"");
	}

	@Test
	void theMetricScoresCsvFlagsLateReturns() throws Exception {
		Path csv = this.folder.resolve("metric-scores.csv");
		MetricScoresCsv.write(data(), csv);
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines.get(0)).endsWith(",note,late");
		assertThat(lines).anyMatch(l -> l.startsWith("E54000001,Slowtown,North,emergency_bed_days,") && l.endsWith(",true"));
		assertThat(lines).anyMatch(l -> l.startsWith("E54000001,Slowtown,North,ae_4hr,") && l.endsWith(",false"));
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
		return ReportFixtures.data();
	}

	static List<String> cells(Row row) {
		List<String> values = new java.util.ArrayList<>();
		row.forEach(cell -> values.add(cell.getStringCellValue()));
		return values;
	}

	static Row rowWith(Sheet sheet, int column, String value) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
				return row;
			}
		}
		throw new AssertionError(value + " not in column " + column + " of " + sheet.getSheetName());
	}

	private static Row metricRow(Sheet sheet, String area, String metric) {
		for (Row row : sheet) {
			Cell a = row.getCell(0);
			Cell m = row.getCell(2);
			if (a != null && m != null && a.getCellType() == CellType.STRING && m.getCellType() == CellType.STRING
					&& a.getStringCellValue().equals(area) && m.getStringCellValue().equals(metric)) {
				return row;
			}
		}
		throw new AssertionError(area + " / " + metric + " not in " + sheet.getSheetName());
	}

	static Row rowOf(Sheet sheet, String firstCell) {
		return rowWith(sheet, 0, firstCell);
	}

	static String text(Sheet sheet) {
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

	private static String firstRowsText(Sheet sheet, int rows) {
		StringBuilder text = new StringBuilder();
		for (int r = 0; r < rows; r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
				text.append(row.getCell(0).getStringCellValue()).append('\n');
			}
		}
		return text.toString();
	}

}
