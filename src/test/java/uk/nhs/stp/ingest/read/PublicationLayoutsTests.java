package uk.nhs.stp.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.stp.ingest.read.Fixtures.BLANK;
import static uk.nhs.stp.ingest.read.Fixtures.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.ObservationRecord;
import uk.nhs.stp.ingest.read.Fixtures.Percent;

/**
 * Layouts of real publications replicated in generated files, where the real files are too large
 * to keep or were not found committed anywhere (listed in {@code fixtures/ingest/README.md}): the
 * STP-era A&amp;E workbook, CCG-level returns with and without their counts, systems' CSV extracts
 * with a title, a filter line and a two-row header, Excel's "Unicode Text", England-only files, a
 * financial year merged down over month names, and 2024 ICB codes. Each asserts the exact
 * observations, aggregates and reasons.
 */
class PublicationLayoutsTests {

	private static final FileCheck CHECK = ShippedConfiguration.fileCheck(ShippedConfiguration.MAPPINGS);

	@TempDir
	Path folder;

	@Test
	@DisplayName("STP-era A&E workbook: 'STP Level Data' loads; the providers (no mapping sheet) roll up through the shipped "
			+ "trust mapping as a check")
	void stpEraAeWorkbookLoadsTheStpFiguresAndChecksTheProviders() throws Exception {
		Object[] groups = row(null, null, null, "A&E attendances", null, "A&E attendances < 4 hours from arrival to admission",
				null, "Percentage in 4 hours or less", null);
		Object[] header = row(null, "Code", "STP", "Type 1 Departments - Major A&E", "Total attendances", "Type 1 Departments - Major A&E",
				"Total Attendances < 4 hours", "Percentage in 4 hours or less (all)", "Percentage in 4 hours or less (type 1)");
		Object[] provHeader = row(null, "Code", "Region", "Name", "Type 1 Departments - Major A&E", "Total attendances",
				"Type 1 Departments - Major A&E", "Total Attendances < 4 hours", "Percentage in 4 hours or less (all)",
				"Percentage in 4 hours or less (type 1)");
		Object[] provGroups = row(null, null, null, null, "A&E attendances", null,
				"A&E attendances less than 4 hours from arrival to admission", null, "Percentage in 4 hours or less", null);
		Path file = Fixtures.xls()
			.sheet("STP Level Data", row(null, "Title:", "A&E Attendances & Emergency Admission monthly statistics"), BLANK,
					row(null, "Period:", "March 2019"), row(null, "Basis:", "Provider"), BLANK, row(null, "STP Level Data"),
					groups, header, row(null, "-", "-", 1000, 2000, 800, 1700, new Percent(0.85, "0.0%"), new Percent(0.8, "0.0%")),
					BLANK, row(null, "QOP", "Greater Manchester Health and Social Care Partnership", 500, 900, 380, 760,
							new Percent(760.0 / 900, "0.0%"), new Percent(0.76, "0.0%")),
					row(null, "QWO", "West Yorkshire and Harrogate (Health and Care Partnership)", 500, 1100, 420, 940,
							new Percent(940.0 / 1100, "0.0%"), new Percent(0.84, "0.0%")))
			.merge("D7:E7").merge("F7:G7").merge("H7:I7")
			.sheet("Provider Level Data", row(null, "Period:", "March 2019"), BLANK, provGroups, provHeader,
					row(null, "-", "-", "England", 1000, 2000, 800, 1700, new Percent(0.85, "0.0%"), new Percent(0.8, "0.0%"), null),
					BLANK, row(null, "R0A", "NHS ENGLAND NORTH WEST ", "Manchester University NHS Foundation Trust", 300, 500, 230, 420,
							new Percent(0.84, "0.0%"), new Percent(0.77, "0.0%"), "Greater Manchester"),
					row(null, "RM3", "NHS ENGLAND NORTH WEST ", "Northern Care Alliance NHS Foundation Trust", 200, 400, 150, 340,
							new Percent(0.85, "0.0%"), new Percent(0.75, "0.0%"), "Greater Manchester"),
					row(null, "RR8", "NHS ENGLAND NORTH EAST AND YORKSHIRE ", "Leeds Teaching Hospitals NHS Trust", 500, 1100, 420, 940,
							new Percent(940.0 / 1100, "0.0%"), new Percent(0.84, "0.0%"), "West Yorkshire"))
			.merge("E3:F3").merge("G3:H3").merge("I3:J3")
			.hideColumn(10)
			.write(this.folder.resolve("March-2019-AE-by-provider.xls"));

		Read read = read(file);

		assertThat(read.result.rejection()).isNull();
		assertThat(read.observations()).containsExactly(
				"STP Level Data!H11 E54000007 ae_4hr 2019-03 = " + number(760.0 / 900 * 100) + " (760/900)",
				"STP Level Data!H12 E54000005 ae_4hr 2019-03 = " + number(940.0 / 1100 * 100) + " (940/1100)");
		assertThat(read.notes()).containsExactly("STP Level Data skipped columns_left_out",
				"Provider Level Data skipped columns_left_out", "STP Level Data!B9 aggregate aggregate_row",
				"Provider Level Data!D5 aggregate aggregate_row", "Provider Level Data checked rollup_check");
		assertThat(read.reason("Provider Level Data", "rollup_check")).contains("3 rows of 3 trusts in column B, rolled up to "
				+ "systems through jobs/mappings/units/").contains("the roll-up agrees with them for 2 of 2 values");
	}

	@Test
	@DisplayName("CCG-level return with its counts: proportions recomputed from summed numerators and denominators")
	void ccgReturnWithCountsIsRolledUpFromItsCounts() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("iapt-ccg-2019-03.csv"), """
				Period,CCG code,CCG name,Finished treatment,Moved to recovery,Recovery rate (%)
				2019-03,02N,NHS Airedale Wharfedale and Craven CCG,100,50,50.0
				2019-03,02W,NHS Bradford City CCG,200,90,45.0
				2019-03,15F,NHS Leeds CCG,300,160,53.3
				2019-03,00T,NHS Bolton CCG,400,*,*
				2019-03,ZZZ,Unknown CCG,10,5,50
				""");
		Read read = read(file);

		assertThat(read.observations()).containsExactly(
				" 2 E54000005 iapt_recovery 2019-03 = " + number(300.0 / 600 * 100) + " (300/600) [3 units]");
		assertThat(read.notes()).contains("E5 missing suppressed", "B6 skipped unit_unmapped", " rolled_up rolled_up");
	}

	@Test
	@DisplayName("CCG-level percentages without their counts are not averaged: the sheet is set aside with one reason")
	void ccgPercentagesWithoutCountsAreNotAveraged() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("ae-by-ccg.csv"), """
				CCG code,Period,A&E 4hr performance (%)
				02N,2019-03,85.0
				02W,2019-03,80.0
				""");

		Read read = read(file);

		assertThat(read.result.rejectionClass()).isEqualTo("not_rollable");
		assertThat(read.result.rejection()).contains("ae_4hr is a % given without the numerator and denominator counts "
				+ "it is computed from, so it cannot be rolled up honestly to systems and is not averaged");
	}

	@Test
	@DisplayName("A system's CSV extract: a title line, a filter line and blank lines above a two-row header")
	void csvExtractWithTitleFilterLineAndTwoRowHeader() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("extract.csv"), """
				Cancer waiting times: 62-day performance by STP
				Filters: Region = All; Measure = 62 day (urgent GP referral)

				,,2018/19,,
				STP code,STP name,Q1,Q2,Q3
				E54000005,West Yorkshire,82.1,80.4,79.9
				E54000034,Frimley Health,85.0,84.2,..
				England,,83.0,82.1,81.0
				""");

		Read read = read(file);

		assertThat(read.result.sheets()).containsExactly("wide by period, header in row 5, area in column A, values in columns "
				+ "C (2018/19 Q1), D (2018/19 Q2), E (2018/19 Q3), metric cancer_62day from a title row");
		assertThat(read.observations()).containsExactly(" C6 E54000005 cancer_62day 2018/19 Q1 = 82.1",
				" D6 E54000005 cancer_62day 2018/19 Q2 = 80.4", " E6 E54000005 cancer_62day 2018/19 Q3 = 79.9",
				" C7 E54000034 cancer_62day 2018/19 Q1 = 85", " D7 E54000034 cancer_62day 2018/19 Q2 = 84.2");
		assertThat(read.notes()).containsExactly("E7 missing suppressed", "A8 aggregate aggregate_row");
	}

	@Test
	@DisplayName("Excel's 'Unicode Text' (UTF-16 with a byte-order mark, tab-separated) loads")
	void unicodeTextLoads() throws Exception {
		String text = "\uFEFFarea_code\tmetric\tperiod\tvalue\r\nE54000005\tae_4hr\tQ2 2018-19\t85.2\r\n"
				+ "E54000036\tae_4hr\tQ2 2018-19\t84.0\r\n";
		Path file = Files.write(this.folder.resolve("unicode.txt"), text.getBytes(StandardCharsets.UTF_16LE));

		Read read = read(file);

		assertThat(read.result.rejection()).isNull();
		assertThat(read.observations()).containsExactly(" D2 E54000005 ae_4hr 2018/19 Q2 = 85.2",
				" D3 E54000036 ae_4hr 2018/19 Q2 = 84");
	}

	@Test
	@DisplayName("A CSV of England and region rows only is rejected: no area rows")
	void englandAndRegionRowsOnlyAreNoAreaRows() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("regions.csv"), """
				Code,Name,Period,A&E 4hr performance (%)
				E92000001,England,2019-03,84.2
				Y56,London,2019-03,83.0
				E40000007,East of England,2019-03,82.1
				""");

		Read read = read(file);

		assertThat(read.result.rejectionClass()).isEqualTo("aggregate_only");
		assertThat(read.result.rejection()).startsWith("no area rows: this file holds England/region figures only");
	}

	@Test
	@DisplayName("A financial year merged down over its month names gives each month its calendar year")
	void financialYearMergedDownOverMonthNames() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("RTT", row("Financial year", "Month", "STP code", "Incomplete pathways within 18 weeks (%)"),
					row("2018/19", "March", "E54000005", 88.1), row(null, "April", "E54000005", 87.0),
					row("2019/20", "January", "E54000005", 86.5))
			.merge("A2:A3")
			.write(this.folder.resolve("rtt-by-month.xlsx"));

		Read read = read(file);

		assertThat(read.observations()).containsExactly("RTT!D2 E54000005 rtt_18wk 2019-03 = 88.1",
				"RTT!D3 E54000005 rtt_18wk 2018-04 = 87", "RTT!D4 E54000005 rtt_18wk 2020-01 = 86.5");
	}

	@Test
	@DisplayName("Two columns naming one metric without a source block: the sheet is not loaded, naming both and the line to add")
	void twoColumnsNamingOneMetricAreRefused() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Summary", row("STP code", "Period", "Cancer 62 day (all routes)", "Cancer 62 day (screening)"),
					row("E54000005", "2019-03", 80.1, 90.2))
			.write(this.folder.resolve("cancer.xlsx"));

		Read read = read(file);

		assertThat(read.result.rejectionClass()).isEqualTo("ambiguous_column");
		assertThat(read.result.rejection()).contains("columns C 'Cancer 62 day (all routes)' and D 'Cancer 62 day (screening)' "
				+ "all match metric cancer_62day").contains("add to metric cancer_62day in jobs/scoring-model.yml: "
						+ "`source: { prefer: \"(all routes)\" }`");
	}

	@Test
	@DisplayName("A 2024 file of ICBs by ONS code loads under the systems' footprints")
	void icbCodesOf2024LoadUnderTheirFootprints() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("icb-2024.csv"), """
				ICB23CD,ICB name,Period,A&E 4hr performance (%)
				E54000057,NHS Greater Manchester ICB,2024-03,72.0
				E54000063,NHS Surrey Heartlands ICB,2024-03,70.1
				E54000067,NHS Hampshire and Isle of Wight ICB,2024-04,68.0
				E54000055,NHS Birmingham and Solihull ICB,2021-03,70.0
				""");

		Read read = read(file);

		assertThat(read.observations()).containsExactly(" D2 E54000007 ae_4hr 2024-03 = 72", " D3 E54000035 ae_4hr 2024-03 = 70.1",
				" D4 E54000042 ae_4hr 2024-04 = 68");
		assertThat(read.notes()).containsExactly("A5 rejected area_not_valid");
	}

	@Test
	@DisplayName("A weekly metric's dates are week-ending dates: each week loads as itself, in a long table and a wide one")
	void weeklyMetricsLoadByWeekEndingDate() throws Exception {
		uk.nhs.stp.model.ScoringModel weekly = weeklyAe();
		Path longFile = Fixtures.csv(this.folder.resolve("ae-weekly.csv"), """
				STP code,Week ending,A&E 4hr performance (%)
				E54000005,2019-04-07,85.0
				E54000005,2019-04-14,86.0
				E54000005,14/04/2019,86.5
				""");
		Path wideFile = Fixtures.xlsx()
			.sheet("A&E", row("STP code", java.time.LocalDate.of(2019, 4, 7), java.time.LocalDate.of(2019, 4, 14)),
					row("E54000034", 90.1, 90.4))
			.write(this.folder.resolve("ae-weekly.xlsx"));
		FileCheck check = checkWith(weekly);

		assertThat(read(check, longFile).observations()).containsExactly(" C2 E54000005 ae_4hr w/e 2019-04-07 = 85",
				" C3 E54000005 ae_4hr w/e 2019-04-14 = 86");
		assertThat(read(check, longFile).notes()).containsExactly("B4 rejected duplicate_key");
		assertThat(read(check, wideFile).observations()).containsExactly("A&E!B2 E54000034 ae_4hr w/e 2019-04-07 = 90.1",
				"A&E!C2 E54000034 ae_4hr w/e 2019-04-14 = 90.4");
	}

	/** The shipped model with ae_4hr published weekly. */
	private static uk.nhs.stp.model.ScoringModel weeklyAe() throws Exception {
		String yaml = Files.readString(Path.of("jobs/scoring-model.yml"))
			.replace("      prefer: \"(all)\"", "      prefer: \"(all)\"\n      frequency: weekly");
		Path file = Files.createTempFile("weekly-model", ".yml");
		Files.writeString(file, yaml);
		return uk.nhs.stp.model.ScoringModelLoader.load(file);
	}

	private static FileCheck checkWith(uk.nhs.stp.model.ScoringModel model) {
		uk.nhs.stp.model.IngestMappings mappings = uk.nhs.stp.model.MappingsLoader.load(Path.of("jobs/mappings"), model);
		FileOpener opener = new FileOpener(new Reading(mappings, model, ShippedConfiguration.REGISTER,
				uk.nhs.stp.domain.OrgUnitRegister.EMPTY, 5_000_000));
		return new FileCheck(opener, () -> opener.validator((id, keys) -> {
		}));
	}

	// Helpers

	private static Read read(Path file) {
		return read(CHECK, file);
	}

	private static Read read(FileCheck check, Path file) {
		List<ObservationRecord> observations = new ArrayList<>();
		FileCheck.Result result = check.check(file, observations::add);
		return new Read(result, observations);
	}

	private record Read(FileCheck.Result result, List<ObservationRecord> records) {

		List<String> observations() {
			return this.records.stream().map(PublicationLayoutsTests::describe).toList();
		}

		List<String> notes() {
			return this.result.notes().stream()
				.map(n -> place(n) + " " + n.status() + " " + n.reasonClass())
				.toList();
		}

		String reason(String sheet, String reasonClass) {
			return this.result.notes().stream()
				.filter(n -> sheet.equals(n.sheet()) && n.reasonClass().equals(reasonClass))
				.map(IngestNote::reason)
				.findFirst()
				.orElseThrow();
		}

	}

	private static String place(IngestNote note) {
		String sheet = note.sheet() == null || note.sheet().isEmpty() ? "" : note.sheet() + (note.rowNum() == null ? "" : "!");
		return sheet + (note.columnRef() == null ? "" : note.columnRef()) + (note.rowNum() == null ? "" : note.rowNum());
	}

	private static String describe(ObservationRecord o) {
		String sheet = o.sheet().isEmpty() ? " " : o.sheet() + "!";
		String counts = o.amount().numerator() == null ? ""
				: " (" + number(o.amount().numerator()) + "/" + number(o.amount().denominator()) + ")";
		String units = o.source().units() == 0 ? "" : " [" + o.source().units() + " units]";
		return sheet + o.columnRef() + o.rowNum() + " " + o.areaCode() + " " + o.measureId() + " " + o.period().key() + " = "
				+ number(o.value()) + counts + units;
	}

	private static String number(double value) {
		String text = Double.toString(value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
