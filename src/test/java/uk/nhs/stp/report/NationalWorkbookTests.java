package uk.nhs.stp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.domain.Area;

/** The workbook and CSV exports written to a temporary folder and read back with POI. */
class NationalWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void writesTheSheetsInOrderWithTheirHeaders() throws Exception {
		try (XSSFWorkbook book = write()) {
			List<String> names = new java.util.ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("Summary", "Support tiers", "Pace vs circumstances", "Metrics", "Peers",
					"Monitoring burden", "Changes", "Data quality", "Methodology", "Chart data");
			assertThat(cells(rowOf(book.getSheet("Support tiers"), "Area code"))).containsExactlyElementsOf(SupportTiersSheet.HEADINGS);
			assertThat(cells(rowOf(book.getSheet("Metrics"), "Area code"))).containsExactlyElementsOf(MetricsSheet.HEADINGS);
			assertThat(cells(rowOf(book.getSheet("Pace vs circumstances"), "Area code"))).containsExactlyElementsOf(PaceSheet.HEADINGS);
			assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("STP progress report 2019-04-30");
			assertThat(book.getProperties().getCoreProperties().getDescription()).contains("Mar 2019");
		}
	}

	@Test
	void theSummaryNamesTheAreasNeedingSupportWhyAndWhatChanged() throws Exception {
		try (XSSFWorkbook book = write()) {
			String summary = text(book.getSheet("Summary"));
			assertThat(summary).contains("Of 3 areas, 2 were scored: 1 intensive support, 1 light-touch monitoring")
				.contains("Intensive support: Slowtown (pace is slower than its circumstances explain)")
				.contains("Since the report of 2019-03-31, 1 area needs more support (Slowtown)")
				.contains("explain 41% of the differences in pace");
		}
	}

	@Test
	void formatsNumbersByUnitAndColoursTiersLikeTheChart() throws Exception {
		try (XSSFWorkbook book = write()) {
			Row slow = rowOf(book.getSheet("Support tiers"), "E54000001");
			assertThat(slow.getCell(6).getNumericCellValue()).isEqualTo(-0.4);
			assertThat(slow.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(slow.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0%");
			// interval: u -0.7, SE = u / t = 0.7 / 3.1, critical 2.03
			assertThat(slow.getCell(10).getNumericCellValue()).isCloseTo(-0.7 + 2.03 * 0.7 / 3.1, within(1e-12));
			assertThat(slow.getCell(10).getNumericCellValue()).isNegative();
			XSSFCellStyle tier = (XSSFCellStyle) slow.getCell(3).getCellStyle();
			assertThat(tier.getFillForegroundColorColor().getRGB()).isEqualTo(ReportStyles.TIER_COLOURS.get(4));
			Row notScored = rowOf(book.getSheet("Support tiers"), "E54000003");
			assertThat(notScored.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
			Sheet metrics = book.getSheet("Metrics");
			Row ae = rowWith(metrics, 2, "A&E attendances seen within 4 hours");
			assertThat(ae.getCell(4).getNumericCellValue()).isEqualTo(85.2);
			assertThat(ae.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
			assertThat(ae.getCell(7).getStringCellValue()).isEqualTo("below the 99.8% limit");
			assertThat(ae.getCell(10).getStringCellValue()).isEqualTo("deteriorating");
			Row beds = rowWith(metrics, 2, "Emergency bed days per 1,000 population");
			assertThat(beds.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
		}
	}

	@Test
	void drawsRealChartsOverTheRightRanges() throws Exception {
		try (XSSFWorkbook book = write()) {
			List<XSSFChart> summary = book.getSheet("Summary").getDrawingPatriarch().getCharts();
			assertThat(summary).hasSize(1);
			XDDFChartData bars = summary.get(0).getChartSeries().get(0);
			assertThat(bars).isInstanceOf(XDDFBarChartData.class);
			assertThat(bars.getSeriesCount()).isEqualTo(4);
			assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'Chart data'!$A$2:$A$3");
			assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Chart data'!$C$2:$C$3");
			assertThat(bars.getSeries(0).getValuesData().getPointAt(0)).isEqualTo(-0.7);
			List<XSSFChart> pace = book.getSheet("Pace vs circumstances").getDrawingPatriarch().getCharts();
			assertThat(pace).hasSize(1);
			XDDFChartData scatter = pace.get(0).getChartSeries().get(0);
			assertThat(scatter).isInstanceOf(XDDFScatterChartData.class);
			int header = rowOf(book.getSheet("Pace vs circumstances"), "Area code").getRowNum();
			assertThat(scatter.getSeries(0).getCategoryData().getDataRangeReference())
				.isEqualTo("'Pace vs circumstances'!$D$" + (header + 2) + ":$D$" + (header + 3));
			assertThat(scatter.getSeriesCount()).isEqualTo(2);
		}
	}

	@Test
	void tablesAreFrozenFilteredAndPrintFitToWidth() throws Exception {
		try (XSSFWorkbook book = write()) {
			XSSFSheet tiers = book.getSheet("Support tiers");
			assertThat(tiers.getPaneInformation().isFreezePane()).isTrue();
			assertThat(tiers.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(tiers.getPrintSetup().getLandscape()).isTrue();
			assertThat(tiers.getFitToPage()).isTrue();
			assertThat(tiers.getRepeatingRows()).isNotNull();
		}
	}

	@Test
	void showsPeersMonitoringAndChanges() throws Exception {
		try (XSSFWorkbook book = write()) {
			Row peers = rowOf(book.getSheet("Peers"), "E54000001");
			assertThat(peers.getCell(4).getStringCellValue()).isEqualTo("Goodville");
			assertThat(text(book.getSheet("Monitoring burden"))).contains("Proposed smallest metric set: 1 of 8 metrics")
				.contains("Elective waits under 18 weeks");
			String changes = text(book.getSheet("Changes"));
			assertThat(changes).contains("Universal support").contains("more support").contains("late.csv cell D4");
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
	void aRegionalPackHoldsOnlyThatRegionsAreas() throws Exception {
		Path file = this.folder.resolve("north.xlsx");
		NationalWorkbook.write(ReportFixtures.data().forRegion("North"), file, " \u2014 North region");
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			String tiers = text(book.getSheet("Support tiers"));
			assertThat(tiers).contains("Slowtown").doesNotContain("Goodville").doesNotContain("=Evil");
			assertThat(text(book.getSheet("Summary"))).contains("North region");
			assertThat(text(book.getSheet("Peers"))).contains("Goodville");
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
				Row row = rowOf(book.getSheet("Support tiers"), record.get("area_code"));
				for (String[] pair : new String[][] { { "level", "5" }, { "pace", "6" }, { "expected_pace", "7" },
						{ "unexplained_pace", "8" }, { "coverage", "12" } }) {
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
			assertThat(compared).isEqualTo(2 * 5 + 1);
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

	private static List<String> cells(Row row) {
		List<String> values = new java.util.ArrayList<>();
		row.forEach(cell -> values.add(cell.getStringCellValue()));
		return values;
	}

	private static Row rowWith(Sheet sheet, int column, String value) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
				return row;
			}
		}
		throw new AssertionError(value + " not in column " + column + " of " + sheet.getSheetName());
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
