package uk.nhs.stp.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.stp.ingest.read.Fixtures.BLANK;
import static uk.nhs.stp.ingest.read.Fixtures.row;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.ingest.read.Fixtures.DateCell;
import uk.nhs.stp.ingest.read.Fixtures.ErrorValue;
import uk.nhs.stp.ingest.read.Fixtures.Formula;
import uk.nhs.stp.ingest.read.Fixtures.Percent;
import uk.nhs.stp.model.AreaRegisterLoader;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.LayoutOverride;
import uk.nhs.stp.model.MappingsLoader;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.ObservationRecord;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.source.TableSources;
import uk.nhs.stp.ingest.source.TextEncoding;

/**
 * The catalogue of named ingest fixtures (listed in {@code src/test/resources/fixtures/ingest/README.md}):
 * each file is generated in code, read through {@link FileCheck} exactly as the ingest step and
 * the {@code check} command read it, with the shipped configuration ({@code jobs/scoring-model.yml},
 * {@code jobs/areas.csv}, {@code jobs/mappings/}), and asserted for exactly the observations it
 * gives and every note (rejected, missing, aggregate, skipped) with its place and reason.
 * <p>
 * Observations are compared as {@code place area metric period = value (numerator/denominator)},
 * the value exactly (the shortest decimal that is the double); notes as
 * {@code place status reason_class raw='…'}, then each reason for its key phrase. A place is
 * {@code Sheet!D17} ({@code D17} in a CSV file), {@code Sheet!17} for a whole row and
 * {@code Sheet} for a whole sheet.
 */
class IngestFixturesTests {

	private static ScoringModel model;

	private static AreaRegister register;

	private static IngestMappings mappings;

	@TempDir
	Path folder;

	@BeforeAll
	static void loadTheShippedConfiguration() {
		model = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml"));
		register = AreaRegisterLoader.load(Path.of("jobs/areas.csv"), Path.of("jobs/mappings/area-aliases.csv"));
		mappings = MappingsLoader.load(Path.of("jobs/mappings"), model);
	}

	// Layouts

	@Test
	@DisplayName("title-rows.xlsx: title, Published and Source lines are passed over; notes below the table are footnotes")
	void titleRowsAboveTheHeaderArePassedOverAndNotesBelowTheTableAreFootnotes() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Data", row("STP progress dashboard: A&E and elective care by STP"), row("Published: 12 May 2017"),
					row("Source: NHS England, A&E Attendances and Emergency Admissions"), BLANK,
					row("area_code", "metric", "period", "value"), row("E54000005", "ae_4hr", "2017-04", 85.2),
					row("E54000016", "rtt_18wk", "2017-04", 88.1), row("E54000041", "ae_4hr", "2017-04", 90), BLANK,
					row("Excludes activity at independent providers"), row("Source: NHS England"))
			.write(this.folder.resolve("title-rows.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly(
				"Sheet \"Data\": long, header in row 5, area in column A, metric in column B, period in column C, value in column D");
		checked.assertObservations("Data!D6 E54000005 ae_4hr 2017-04 = 85.2", "Data!D7 E54000016 rtt_18wk 2017-04 = 88.1",
				"Data!D8 E54000041 ae_4hr 2017-04 = 90");
		checked.assertNotes(
				note("Data!10", "skipped", "footnote", "Excludes activity at independent providers",
						"Sheet \"Data\" row 10: text below or beside the table ('Excludes activity at independent providers') is a note, not data"),
				note("Data!11", "skipped", "footnote", "Source: NHS England", "is a note, not data"));
	}

	@Test
	@DisplayName("wide-by-month-dates.xlsx: real date headers, metric from the sheet name, England and region rows, a blank cell")
	void wideByMonthWithRealDateHeadersTakesTheMetricFromTheSheetName() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("A&E", row("A&E attendances: percentage seen within 4 hours, by STP"), BLANK,
					row("STP code", "STP name", LocalDate.of(2017, 4, 1), LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 1)),
					row("E92000001", "England", 89.7, 90.1, 90.7), row(null, "North", 88.9, 89.4, 89.8),
					row("E54000005", "West Yorkshire", 88.5, 89.0, 90.2), row("E54000016", "The Black Country", 85.0, null, 86.4),
					row("E54000041", "Dorset", 91.2, 92.0, 90.0))
			.write(this.folder.resolve("wide-by-month-dates.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly("Sheet \"A&E\": wide by period, header in row 3, area in column A, "
				+ "values in columns C (Apr 2017), D (May 2017), E (Jun 2017), metric ae_4hr from the sheet name");
		checked.assertObservations("A&E!C6 E54000005 ae_4hr 2017-04 = 88.5", "A&E!D6 E54000005 ae_4hr 2017-05 = 89",
				"A&E!E6 E54000005 ae_4hr 2017-06 = 90.2", "A&E!C7 E54000016 ae_4hr 2017-04 = 85",
				"A&E!E7 E54000016 ae_4hr 2017-06 = 86.4", "A&E!C8 E54000041 ae_4hr 2017-04 = 91.2",
				"A&E!D8 E54000041 ae_4hr 2017-05 = 92", "A&E!E8 E54000041 ae_4hr 2017-06 = 90");
		checked.assertNotes(
				note("A&E!A4", "aggregate", "aggregate_row", "E92000001",
						"Sheet \"A&E\" cell A4: 'E92000001' is an aggregate (England, a region or a total), not an area"),
				note("A&E!B5", "aggregate", "aggregate_row", "North",
						"Sheet \"A&E\" cell B5: 'North' is an aggregate (England, a region or a total), not an area"),
				note("A&E!D7", "missing", "blank_value", "",
						"Sheet \"A&E\" cell D7: the value is blank; recorded as missing, not zero"));
	}

	@Test
	@DisplayName("wide-by-month-text.csv: text month headers, metric from a title line")
	void wideByMonthWithTextHeadersTakesTheMetricFromATitleLine() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("wide-by-month-text.csv"), """
				RTT 18 week performance by STP
				Area code,Apr-17,May-17,Jun-17
				E54000005,88.1,87.9,87.5
				E54000034,91.2,..,90.8
				""");

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly("wide by period, header in row 2, area in column A, values in "
				+ "columns B (Apr 2017), C (May 2017), D (Jun 2017), metric rtt_18wk from a title row");
		checked.assertObservations("B3 E54000005 rtt_18wk 2017-04 = 88.1", "C3 E54000005 rtt_18wk 2017-05 = 87.9",
				"D3 E54000005 rtt_18wk 2017-06 = 87.5", "B4 E54000034 rtt_18wk 2017-04 = 91.2",
				"D4 E54000034 rtt_18wk 2017-06 = 90.8");
		checked.assertNotes(note("C4", "missing", "suppressed", "..",
				"cell C4: the value is suppressed or not available ('..'); recorded as missing, not zero"));
	}

	@Test
	@DisplayName("wide-by-quarter-merged.xlsx: a merged 2017/18 above Q1..Q4 reads as 2017/18 Q1..Q4")
	void aYearMergedAboveQuarterHeadersIsReadAsOneTwoRowHeader() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Table 1", row("Cancer 62 day performance"), BLANK, row(null, null, "2017/18"),
					row("STP code", "STP name", "Q1", "Q2", "Q3", "Q4"), row("E54000005", "West Yorkshire", 82.1, 83.0, 81.5, 84.2),
					row("E54000041", "Dorset", 85.5, 86.0, 84.9, 87.1))
			.merge("C3:F3")
			.write(this.folder.resolve("wide-by-quarter-merged.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly("Sheet \"Table 1\": wide by period, header in row 4, area in column A, "
				+ "values in columns C (2017/18 Q1), D (2017/18 Q2), E (2017/18 Q3), F (2017/18 Q4), metric cancer_62day from a title row");
		checked.assertObservations("Table 1!C5 E54000005 cancer_62day 2017/18 Q1 = 82.1",
				"Table 1!D5 E54000005 cancer_62day 2017/18 Q2 = 83", "Table 1!E5 E54000005 cancer_62day 2017/18 Q3 = 81.5",
				"Table 1!F5 E54000005 cancer_62day 2017/18 Q4 = 84.2", "Table 1!C6 E54000041 cancer_62day 2017/18 Q1 = 85.5",
				"Table 1!D6 E54000041 cancer_62day 2017/18 Q2 = 86", "Table 1!E6 E54000041 cancer_62day 2017/18 Q3 = 84.9",
				"Table 1!F6 E54000041 cancer_62day 2017/18 Q4 = 87.1");
		checked.assertNotes();
	}

	@Test
	@DisplayName("wide-by-metric.xlsx: human metric headers, period from the sheet name")
	void wideByMetricReadsHumanHeadersAndTakesThePeriodFromTheSheetName() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("2017-18 Q2", row("Area", "A&E 4hr performance (%)", "Emergency bed days per 1000"),
					row("E54000005", 88.0, 310.5), row("Dorset", 91.5, 280.25))
			.write(this.folder.resolve("wide-by-metric.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly("Sheet \"2017-18 Q2\": wide by metric, header in row 1, area in column A, "
				+ "values in columns B (ae_4hr), C (emergency_bed_days), period 2017/18 Q2 from the sheet name");
		checked.assertObservations("2017-18 Q2!B2 E54000005 ae_4hr 2017/18 Q2 = 88",
				"2017-18 Q2!C2 E54000005 emergency_bed_days 2017/18 Q2 = 310.5", "2017-18 Q2!B3 E54000041 ae_4hr 2017/18 Q2 = 91.5",
				"2017-18 Q2!C3 E54000041 emergency_bed_days 2017/18 Q2 = 280.25");
		checked.assertNotes();
	}

	@Test
	@DisplayName("multiple-sheets.xlsx: a contents page is skipped with its reason, a blank sheet gives nothing")
	void eachSheetIsReadOrSkippedWithItsReason() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Contents", row("Contents"), BLANK, row("A&E: percentage of attendances seen within 4 hours"),
					row("Notes: definitions and sources"))
			.sheet("A&E", row("STP code", "Apr-17", "May-17"), row("E54000005", 88.5, 89.0))
			.sheet("Blank")
			.write(this.folder.resolve("multiple-sheets.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly(
				"Sheet \"Contents\": skipped: no header row with a column of areas and a value, period or metric column in its first 40 rows",
				"Sheet \"A&E\": wide by period, header in row 1, area in column A, values in columns B (Apr 2017), C (May 2017), "
						+ "metric ae_4hr from the sheet name",
				"Sheet \"Blank\": empty");
		checked.assertObservations("A&E!B2 E54000005 ae_4hr 2017-04 = 88.5", "A&E!C2 E54000005 ae_4hr 2017-05 = 89");
		checked.assertNotes(note("Contents", "skipped", "no_header", null,
				"Sheet \"Contents\" skipped: no header row with a column of areas"));
	}

	@Test
	@DisplayName("region-subtotals.xlsx: England, regions and totals are aggregates, never rejections")
	void englandRegionAndTotalRowsAreAggregates() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Delayed transfers", row("Area", "Apr-17", "May-17"), row("England", 12.1, 11.9), row("North", 10.2, 10.0),
					row("West Yorkshire", 9.5, 9.1), row("Midlands and East", 13.3, 13.0), row("The Black Country", 14.2, 13.8),
					row("London total", 11.0, 10.8), row("Total", 12.1, 11.9))
			.write(this.folder.resolve("region-subtotals.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("Delayed transfers!B4 E54000005 dtoc_beds 2017-04 = 9.5",
				"Delayed transfers!C4 E54000005 dtoc_beds 2017-05 = 9.1", "Delayed transfers!B6 E54000016 dtoc_beds 2017-04 = 14.2",
				"Delayed transfers!C6 E54000016 dtoc_beds 2017-05 = 13.8");
		checked.assertNotes(note("Delayed transfers!A2", "aggregate", "aggregate_row", "England", "'England' is an aggregate"),
				note("Delayed transfers!A3", "aggregate", "aggregate_row", "North", "'North' is an aggregate"),
				note("Delayed transfers!A5", "aggregate", "aggregate_row", "Midlands and East", "'Midlands and East' is an aggregate"),
				note("Delayed transfers!A7", "aggregate", "aggregate_row", "London total", "'London total' is an aggregate"),
				note("Delayed transfers!A8", "aggregate", "aggregate_row", "Total", "'Total' is an aggregate"));
		assertThat(checked.result().count("rejected")).isZero();
	}

	@Test
	@DisplayName("legacy.xls: an Excel 97-2003 workbook in the wide layout")
	void aLegacyXlsWorkbookIsReadLikeAnXlsx() throws Exception {
		Path file = Fixtures.xls()
			.sheet("RTT", row("Referral to treatment: incomplete pathways within 18 weeks"), BLANK,
					row("STP code", "STP name", LocalDate.of(2017, 4, 1), LocalDate.of(2017, 5, 1)),
					row("E54000005", "West Yorkshire", 88.2, 87.9), row("E54000037", "Devon", new Percent(0.901), new Percent(0.897)),
					row("E92000001", "England", 89.0, 88.7))
			.write(this.folder.resolve("legacy.xls"));

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly("Sheet \"RTT\": wide by period, header in row 3, area in column A, "
				+ "values in columns C (Apr 2017), D (May 2017), metric rtt_18wk from the sheet name");
		checked.assertObservations("RTT!C4 E54000005 rtt_18wk 2017-04 = 88.2", "RTT!D4 E54000005 rtt_18wk 2017-05 = 87.9",
				"RTT!C5 E54000037 rtt_18wk 2017-04 = 90.1", "RTT!D5 E54000037 rtt_18wk 2017-05 = 89.7");
		checked.assertNotes(note("RTT!A6", "aggregate", "aggregate_row", "E92000001", "'E92000001' is an aggregate"));
	}

	@Test
	@DisplayName("odd-provider.xlsx: a layout taught by a declared layout (header row, area column, metric)")
	void aDeclaredLayoutTeachesASheetThatIsNotDetected() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Provider return", row("Monthly return"), BLANK, row("Org", "Apr-17", "May-17"), row("E54000005", 9.5, 9.1),
					row("E54000041", 7.2, 7.0))
			.write(this.folder.resolve("odd-provider.xlsx"));
		List<LayoutOverride> layouts = new ArrayList<>(mappings.layouts());
		layouts.add(new LayoutOverride("odd-*.xlsx", null, 3, null, "dtoc_beds", null, 0, false));
		IngestMappings taught = new IngestMappings(mappings.columns(), mappings.metrics(), mappings.aggregates(), layouts);

		Checked untaught = check(file);
		Checked checked = check(file, taught);

		untaught.assertRejected("no_header", "no sheet has a table this pipeline can read: Sheet \"Provider return\": skipped: "
				+ "a header was found in row 3 but no metric");
		untaught.assertNotes(note("Provider return", "skipped", "no_header", null, "a header was found in row 3 but no metric"));
		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly("Sheet \"Provider return\": wide by period, header in row 3, "
				+ "area in column A, values in columns B (Apr 2017), C (May 2017), metric dtoc_beds from jobs/mappings/layouts.yml");
		checked.assertObservations("Provider return!B4 E54000005 dtoc_beds 2017-04 = 9.5",
				"Provider return!C4 E54000005 dtoc_beds 2017-05 = 9.1", "Provider return!B5 E54000041 dtoc_beds 2017-04 = 7.2",
				"Provider return!C5 E54000041 dtoc_beds 2017-05 = 7");
		checked.assertNotes();
	}

	// Values

	@Test
	@DisplayName("percent-as-text.csv: \"85.2%\", \" 12.5 \" and \"1,234\" are numbers")
	void numbersAndPercentagesWrittenAsTextAreRead() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("percent-as-text.csv"), """
				area_code,metric,period,value
				E54000005,ae_4hr,2017-04,85.2%
				E54000034,emergency_bed_days,2017-04, 12.5\s
				E54000041,registered_population,2017-04,"1,234"
				""");

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("D2 E54000005 ae_4hr 2017-04 = 85.2", "D3 E54000034 emergency_bed_days 2017-04 = 12.5",
				"D4 E54000041 registered_population 2017-04 = 1234");
		checked.assertNotes();
	}

	@Test
	@DisplayName("percent-format.xlsx: 0.852 formatted as a percentage is 85.2 for a percent metric")
	void fractionsFormattedAsPercentagesAreScaledToThePercentUnit() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Data", row("area_code", "metric", "period", "value"),
					row("E54000005", "ae_4hr", "2017-04", new Percent(0.852)),
					row("E54000034", "rtt_18wk", "2017-04", new Percent(0.9, "0%")),
					row("E54000041", "rural_share", "2017-04", new Percent(0.375, "0.00%")),
					row("E54000016", "ae_4hr", "2017-04", 85.2), row("E54000037", "ae_4hr", "2017-04", new Percent(0.901)))
			.write(this.folder.resolve("percent-format.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("Data!D2 E54000005 ae_4hr 2017-04 = 85.2", "Data!D3 E54000034 rtt_18wk 2017-04 = 90",
				"Data!D4 E54000041 rural_share 2017-04 = 37.5", "Data!D5 E54000016 ae_4hr 2017-04 = 85.2",
				"Data!D6 E54000037 ae_4hr 2017-04 = 90.1");
		checked.assertNotes();
	}

	@Test
	@DisplayName("formulas-and-errors.xlsx: formulas give their cached value; #DIV/0! and #N/A are missing")
	void formulasGiveTheirCachedValueAndErrorCellsAreMissing() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("A&E", row("area_code", "metric", "period", "numerator", "denominator", "value"),
					row("E54000005", "ae_4hr", "2017-04", 8520, 10000, new Formula("D2/E2*100")),
					row("E54000016", "ae_4hr", "2017-04", 0, 0, new Formula("D3/E3*100")),
					row("E54000041", "ae_4hr", "2017-04", null, null, new ErrorValue(FormulaError.NA)),
					row("E54000034", "rtt_18wk", "2017-04", null, null, new Formula("ROUND(91.26,1)")))
			.write(this.folder.resolve("formulas-and-errors.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("A&E!F2 E54000005 ae_4hr 2017-04 = 85.2 (8520/10000)", "A&E!F5 E54000034 rtt_18wk 2017-04 = 91.3");
		checked.assertNotes(
				note("A&E!F3", "missing", "error_value", "#DIV/0!",
						"Sheet \"A&E\" cell F3: the cell holds the error value #DIV/0!; recorded as missing, not zero"),
				note("A&E!F4", "missing", "error_value", "#N/A", "the cell holds the error value #N/A"));
	}

	@Test
	@DisplayName("suppressed.csv: *, .., -, c, x, z and [c] are missing (suppressed), never zero")
	void suppressionMarksAreMissingNeverZero() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("suppressed.csv"), """
				area_code,metric,period,value
				E54000005,ae_4hr,2017-04,*
				E54000006,ae_4hr,2017-04,..
				E54000007,ae_4hr,2017-04,-
				E54000008,ae_4hr,2017-04,c
				E54000009,ae_4hr,2017-04,x
				E54000010,ae_4hr,2017-04,z
				E54000011,ae_4hr,2017-04,[c]
				E54000012,ae_4hr,2017-04,0
				""");

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("D9 E54000012 ae_4hr 2017-04 = 0");
		String phrase = "recorded as missing, not zero";
		checked.assertNotes(note("D2", "missing", "suppressed", "*", "cell D2: the value is suppressed or not available ('*')"),
				note("D3", "missing", "suppressed", "..", phrase), note("D4", "missing", "suppressed", "-", phrase),
				note("D5", "missing", "suppressed", "c", phrase), note("D6", "missing", "suppressed", "x", phrase),
				note("D7", "missing", "suppressed", "z", phrase), note("D8", "missing", "suppressed", "[c]", phrase));
	}

	@Test
	@DisplayName("bad-values.csv: each bad row is rejected naming its cell, raw value and reason; the rest loads")
	void badRowsAreRejectedWithTheirReasonAndTheRestLoads() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("bad-values.csv"), """
				area_code,metric,period,value
				E54000005,ae_4hr,2017-04,85.2
				E54000099,ae_4hr,2017-04,80
				E54000016,ae_12hr,2017-04,80
				E54000041,ae_4hr,2017/19,80
				E54000034,ae_4hr,2017-04,140
				E54000034,registered_population,2017-04,-5
				E54000005,ae_4hr,2017-04,86.0
				E54000016,rtt_18wk,2017-04,sixty
				""");

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().clean()).isFalse();
		checked.assertObservations("D2 E54000005 ae_4hr 2017-04 = 85.2");
		checked.assertNotes(
				note("A3", "rejected", "unknown_area", "E54000099", "cell A3: unknown area 'E54000099': add it to "
						+ "jobs/mappings/area-aliases.csv if it is a spelling of a known area, or to the area register (jobs/areas.csv)"),
				note("B4", "rejected", "unknown_metric", "ae_12hr", "cell B4: unknown metric 'ae_12hr': add it to the metric catalogue"),
				note("C5", "rejected", "bad_period", "2017/19", "cell C5: unreadable period '2017/19': expected one of"),
				note("D6", "rejected", "out_of_range", "140", "cell D6: 140 is impossible here: a percentage cannot exceed 100"),
				note("D7", "rejected", "negative_value", "-5", "cell D7: -5 is impossible here: cannot be negative"),
				note("C8", "rejected", "duplicate_key", "2017-04", "cell C8: the same area (E54000005), metric (ae_4hr) and "
						+ "period (Apr 2017) as row 2 of this file; the first is kept"),
				note("D9", "rejected", "not_a_number", "sixty", "cell D9: 'sixty' is not a number"));
	}

	@Test
	@DisplayName("huge-cell.csv: a 3,000,000-character cell is rejected with its raw value and reason cut short")
	void aCellOfMillionsOfCharactersIsRejectedAndItsTextCutShort() throws Exception {
		String huge = "A".repeat(3_000_000);
		Path file = Fixtures.csv(this.folder.resolve("huge-cell.csv"),
				"area_code,metric,period,value\nE54000005,ae_4hr,2017-04," + huge + "\nE54000016,ae_4hr,2017-04,84.5\n");

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("D3 E54000016 ae_4hr 2017-04 = 84.5");
		assertThat(checked.result().notes()).singleElement().satisfies(n -> {
			assertThat(place(n)).isEqualTo("D2");
			assertThat(n.status()).isEqualTo("rejected");
			assertThat(n.reasonClass()).isEqualTo("not_a_number");
			assertThat(n.rawValue()).hasSize(1000).startsWith("AAAA").endsWith("…");
			assertThat(n.reason()).hasSizeLessThanOrEqualTo(4000).startsWith("cell D2: 'AAAA");
		});
	}

	// Areas and periods

	@Test
	@DisplayName("names-not-codes.xlsx: areas by name in their usual spellings, an alias, an NHS England code; a misspelling is rejected")
	void areasAreFoundByNameAliasOrNhsEnglandCodeButNeverGuessed() throws Exception {
		Path file = Fixtures.xlsx()
			.sheet("Data", row("STP name", "metric", "period", "value"),
					row("FRIMLEY HEALTH AND CARE ICS", "iapt_recovery", "2017-04", 48.5),
					row("Dorset STP", "IAPT recovery rate", "2017-04", 51.0), row("NHS Devon", "iapt_recovery", "2017-04", 49.2),
					row("the black country", "iapt_recovery", "2017-04", 45.0),
					row("West Yorkshire and Harrogate Health and Care Partnership", "iapt_recovery", "2017-04", 47.0),
					row("Frimley Hlth", "iapt_recovery", "2017-05", 49.0), row("QWO", "iapt_recovery", "2017-05", 46.5))
			.write(this.folder.resolve("names-not-codes.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("Data!D2 E54000034 iapt_recovery 2017-04 = 48.5", "Data!D3 E54000041 iapt_recovery 2017-04 = 51",
				"Data!D4 E54000037 iapt_recovery 2017-04 = 49.2", "Data!D5 E54000016 iapt_recovery 2017-04 = 45",
				"Data!D6 E54000005 iapt_recovery 2017-04 = 47", "Data!D8 E54000005 iapt_recovery 2017-05 = 46.5");
		checked.assertNotes(note("Data!A7", "rejected", "unknown_area", "Frimley Hlth", "Sheet \"Data\" cell A7: unknown area "
				+ "'Frimley Hlth': add it to jobs/mappings/area-aliases.csv if it is a spelling of a known area"));
	}

	@Test
	@DisplayName("area-not-valid.csv: a later code outside its days in use is rejected; within them it loads, under the earlier code where reported_as")
	void laterAreaCodesAreCheckedAgainstTheirDaysInUse() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("area-not-valid.csv"), """
				area_code,metric,period,value
				E54000049,ae_4hr,2017-04,85
				E54000049,ae_4hr,2018-09,86
				E54000054,ae_4hr,2020-05,87
				E54000054,ae_4hr,2017-04,88
				QWO,ae_4hr,2017-05,89
				""");

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("D3 E54000049 ae_4hr 2018-09 = 86", "D4 E54000005 ae_4hr 2020-05 = 87",
				"D6 E54000005 ae_4hr 2017-05 = 89");
		checked.assertNotes(
				note("A2", "rejected", "area_not_valid", "E54000049",
						"cell A2: area code E54000049 was not in use in Apr 2017 (in use from 2018-08-01 to 2020-03-31 in jobs/areas.csv)"),
				note("A5", "rejected", "area_not_valid", "E54000054", "area code E54000054 was not in use in Apr 2017"));
	}

	@Test
	@DisplayName("periods.csv: financial years, quarters and months in every usual spelling")
	void periodsAreReadInEveryUsualSpelling() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("periods.csv"), """
				area_code,metric,period,value
				E54000005,ae_4hr,2017/18,85
				E54000006,ae_4hr,2017-18,85
				E54000007,ae_4hr,2017/18 Q2,85
				E54000008,ae_4hr,Q2 2017/18,85
				E54000009,ae_4hr,Apr-17,85
				E54000010,ae_4hr,April 2017,85
				E54000011,ae_4hr,2017-04,85
				E54000012,ae_4hr,2017-04-01,85
				""");

		Checked checked = check(file);

		checked.assertReadWhole();
		checked.assertObservations("D2 E54000005 ae_4hr 2017/18 = 85", "D3 E54000006 ae_4hr 2017/18 = 85",
				"D4 E54000007 ae_4hr 2017/18 Q2 = 85", "D5 E54000008 ae_4hr 2017/18 Q2 = 85", "D6 E54000009 ae_4hr 2017-04 = 85",
				"D7 E54000010 ae_4hr 2017-04 = 85", "D8 E54000011 ae_4hr 2017-04 = 85", "D9 E54000012 ae_4hr 2017-04 = 85");
		checked.assertNotes();
	}

	@Test
	@DisplayName("serial-dates-1904.xlsx: date cells and Excel serials in the 1904 date system give the right month")
	void datesInThe1904DateSystemGiveTheRightMonth() throws Exception {
		Path file = Fixtures.xlsx()
			.date1904()
			.sheet("Data", row("area_code", "metric", "period", "value"), row("E54000005", "ae_4hr", LocalDate.of(2017, 4, 1), 85.2),
					row("E54000016", "ae_4hr", new DateCell(LocalDate.of(2017, 5, 15), "dd/mm/yyyy"), 84.0),
					row("E54000041", "ae_4hr", 41425, 90.5))
			.sheet("A&E", row("STP code", 41364, LocalDate.of(2017, 5, 1)), row("E54000034", 90.1, 90.5))
			.write(this.folder.resolve("serial-dates-1904.xlsx"));

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly(
				"Sheet \"Data\": long, header in row 1, area in column A, metric in column B, period in column C, value in column D",
				"Sheet \"A&E\": wide by period, header in row 1, area in column A, values in columns B (Apr 2017), C (May 2017), "
						+ "metric ae_4hr from the sheet name");
		checked.assertObservations("Data!D2 E54000005 ae_4hr 2017-04 = 85.2", "Data!D3 E54000016 ae_4hr 2017-05 = 84",
				"Data!D4 E54000041 ae_4hr 2017-06 = 90.5", "A&E!B2 E54000034 ae_4hr 2017-04 = 90.1",
				"A&E!C2 E54000034 ae_4hr 2017-05 = 90.5");
		checked.assertNotes();
	}

	// Encodings

	@Test
	@DisplayName("windows-1252.csv: Excel's plain CSV in the UK; a £ and curly punctuation survive")
	void windows1252TextIsDetectedAndLoads() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("windows-1252.csv"), """
				STP name,metric,period,value,Comment
				Cornwall and the Isles of Scilly – STP,ae_4hr,2017-04,84.1,£2.1m winter funding
				Devon STP,ae_4hr,2017-04,86.0,Plymouth’s figures revised – see note
				Somerset,ae_4hr,2017-04,88.3,“provisional” £0.5m
				""", TextEncoding.WINDOWS_1252);

		Checked checked = check(file);

		assertThat(TextEncoding.detect(file).charset()).isEqualTo(TextEncoding.WINDOWS_1252);
		checked.assertReadWhole();
		checked.assertObservations("D2 E54000036 ae_4hr 2017-04 = 84.1", "D3 E54000037 ae_4hr 2017-04 = 86",
				"D4 E54000038 ae_4hr 2017-04 = 88.3");
		checked.assertNotes();
		List<SourceRow> rows = rows(file);
		assertThat(rows.get(1).cell(0).text()).isEqualTo("Cornwall and the Isles of Scilly – STP");
		assertThat(rows.get(1).cell(4).text()).isEqualTo("£2.1m winter funding");
		assertThat(rows.get(2).cell(4).text()).isEqualTo("Plymouth’s figures revised – see note");
	}

	@Test
	@DisplayName("utf8-bom.csv: Excel's CSV UTF-8, whose byte-order mark is not part of the first header")
	void utf8WithAByteOrderMarkLoads() throws Exception {
		Path file = Fixtures.csvWithBom(this.folder.resolve("utf8-bom.csv"), """
				area_code,metric,period,value,comment
				E54000005,ae_4hr,2017-04,85.2,£3m – capital
				E54000041,ae_4hr,2017-04,90.4,
				""");

		Checked checked = check(file);

		checked.assertReadWhole();
		assertThat(checked.result().sheets()).containsExactly(
				"long, header in row 1, area in column A, metric in column B, period in column C, value in column D");
		checked.assertObservations("D2 E54000005 ae_4hr 2017-04 = 85.2", "D3 E54000041 ae_4hr 2017-04 = 90.4");
		checked.assertNotes();
		assertThat(rows(file).get(1).cell(4).text()).isEqualTo("£3m – capital");
	}

	// Files rejected whole

	@Test
	@DisplayName("empty.csv: a 0-byte file is rejected whole")
	void anEmptyFileIsRejected() throws Exception {
		Path file = Files.createFile(this.folder.resolve("empty.csv"));

		check(file).assertRejected("empty_file", "the file is empty (0 bytes)");
	}

	@Test
	@DisplayName("truncated.xlsx: a workbook cut short is rejected as damaged")
	void aTruncatedWorkbookIsRejected() throws Exception {
		Path whole = Fixtures.xlsx()
			.sheet("Data", row("area_code", "metric", "period", "value"), row("E54000005", "ae_4hr", "2017-04", 85.2))
			.write(this.folder.resolve("whole.xlsx"));
		Path file = Fixtures.truncated(whole, this.folder.resolve("truncated.xlsx"));

		check(file).assertRejected("corrupt_file", "the workbook is damaged or incomplete and cannot be opened");
	}

	@Test
	@DisplayName("password.xlsx: a password-protected workbook is rejected saying what to do")
	void aPasswordProtectedWorkbookIsRejectedSayingWhatToDo() throws Exception {
		Path plain = Fixtures.xlsx()
			.sheet("Data", row("area_code", "metric", "period", "value"), row("E54000005", "ae_4hr", "2017-04", 85.2))
			.write(this.folder.resolve("plain.xlsx"));
		Path file = Fixtures.passwordProtected(plain, this.folder.resolve("password.xlsx"), "secret");

		check(file).assertRejected("password_protected", "password protected: save an unprotected copy");
	}

	@Test
	@DisplayName("renamed.xlsx: a text file named .xlsx is not a spreadsheet")
	void aTextFileRenamedToXlsxIsRejected() throws Exception {
		Path file = Fixtures.csv(this.folder.resolve("renamed.xlsx"), "area_code,metric,period,value\nE54000005,ae_4hr,2017-04,85.2\n");

		check(file).assertRejected("not_a_spreadsheet", "the file is named .xlsx but is not an Excel workbook");
	}

	@Test
	@DisplayName("zip-bomb.xlsx: a sheet part inflating 150 MB at over 100:1 is refused before it is read")
	void aZipBombIsRefusedBeforeItIsRead() throws Exception {
		Path valid = Fixtures.xlsx()
			.sheet("Data", row("area_code", "metric", "period", "value"), row("E54000005", "ae_4hr", "2017-04", 85.2))
			.write(this.folder.resolve("valid.xlsx"));
		Path file = Fixtures.withFirstSheet(valid, this.folder.resolve("zip-bomb.xlsx"), Fixtures.bombSheet(150L * 1024 * 1024));
		assertThat(Files.size(file)).isLessThan(150L * 1024 * 1024 / 100);

		Checked checked = check(file);

		checked.assertRejected("zip_bomb", "the workbook part xl/worksheets/sheet1.xml would inflate");
		assertThat(checked.result().rejection()).endsWith("times to 150 MB: refused as a possible zip bomb");
		assertThat(checked.result().notes()).isEmpty();
	}

	@Test
	@DisplayName("xxe.xlsx: a sheet declaring an external entity is rejected before anything is read, and the entity is never expanded")
	void aSheetDeclaringAnExternalEntityIsRejectedWithoutExpandingIt() throws Exception {
		Path secret = Files.writeString(this.folder.resolve("secret.txt"), "TOP-SECRET-MARKER");
		String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		Path valid = Fixtures.xlsx()
			.sheet("Data", row("area_code", "metric", "period", "value"), row("E54000005", "ae_4hr", "2017-04", 85.2))
			.write(this.folder.resolve("valid.xlsx"));
		String referenced = Fixtures.part(valid, Fixtures.FIRST_SHEET,
				xml -> xml.replaceFirst("<worksheet", doctype + "\n<worksheet")
					.replaceFirst("</sheetData>", "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"));
		String declaredOnly = Fixtures.part(valid, Fixtures.FIRST_SHEET, xml -> xml.replaceFirst("<worksheet", doctype + "\n<worksheet"));
		assertThat(referenced).contains(doctype).contains("<t>&xxe;</t>");
		assertThat(declaredOnly).contains(doctype).doesNotContain("&xxe;");

		for (String sheet : List.of(referenced, declaredOnly)) {
			Path file = Fixtures.withFirstSheet(valid, this.folder.resolve("xxe.xlsx"), Fixtures.sheetXml(sheet));
			Checked checked = check(file);

			checked.assertRejected("corrupt_file", "the workbook part xl/worksheets/sheet1.xml declares a DTD (<!DOCTYPE ...>), "
					+ "which Excel never writes: refused as a possible XML entity attack");
			assertThat(checked.result().notes()).isEmpty();
			assertThat(String.valueOf(checked.result())).doesNotContain("TOP-SECRET-MARKER");
		}
	}

	// Helpers

	private Checked check(Path file) {
		return check(file, mappings);
	}

	private static Checked check(Path file, IngestMappings with) {
		List<ObservationRecord> observations = new ArrayList<>();
		FileCheck.Result result = checker(with).check(file, observations::add);
		assertThat(result.observations()).as("observations counted").isEqualTo(observations.size());
		return new Checked(result, observations);
	}

	private static FileCheck checker(IngestMappings with) {
		return ShippedConfiguration.fileCheck(with);
	}

	private static List<SourceRow> rows(Path file) throws Exception {
		List<SourceRow> rows = new ArrayList<>();
		try (TableSource source = TableSources.open(file)) {
			Iterator<SourceRow> it = source.rows(0);
			it.forEachRemaining(rows::add);
		}
		return rows;
	}

	/** What reading a fixture gave. */
	private record Checked(FileCheck.Result result, List<ObservationRecord> observations) {

		void assertReadWhole() {
			assertThat(this.result.rejection()).as("whole-file rejection").isNull();
			assertThat(this.result.rejectionClass()).isNull();
		}

		void assertRejected(String reasonClass, String phrase) {
			assertThat(this.result.rejectionClass()).as("rejection class of " + this.result.rejection()).isEqualTo(reasonClass);
			assertThat(this.result.rejection()).contains(phrase);
			assertThat(this.observations).isEmpty();
			assertThat(this.result.observations()).isZero();
		}

		void assertObservations(String... expected) {
			assertThat(this.observations).extracting(IngestFixturesTests::describe).containsExactly(expected);
		}

		void assertNotes(ExpectedNote... expected) {
			assertThat(this.result.notes()).extracting(IngestFixturesTests::describe)
				.containsExactly(Stream.of(expected).map(ExpectedNote::describe).toArray(String[]::new));
			for (int i = 0; i < expected.length; i++) {
				assertThat(this.result.notes().get(i).reason()).as("reason of " + expected[i].describe())
					.contains(expected[i].phrase());
			}
		}

	}

	private record ExpectedNote(String place, String status, String reasonClass, String raw, String phrase) {

		String describe() {
			return this.place + " " + this.status + " " + this.reasonClass + " raw=" + (this.raw == null ? "null" : "'" + this.raw + "'");
		}

	}

	private static ExpectedNote note(String place, String status, String reasonClass, String raw, String phrase) {
		return new ExpectedNote(place, status, reasonClass, raw, phrase);
	}

	private static String describe(IngestNote note) {
		return new ExpectedNote(place(note), note.status(), note.reasonClass(), note.rawValue(), "").describe();
	}

	/** {@code Sheet!D17}, {@code D17} for CSV, {@code Sheet!17} for a row, {@code Sheet} for a sheet. */
	private static String place(IngestNote note) {
		String sheet = note.sheet() == null || note.sheet().isEmpty() ? "" : note.sheet() + (note.rowNum() == null ? "" : "!");
		String row = note.rowNum() == null ? "" : note.rowNum().toString();
		return sheet + (note.columnRef() == null ? "" : note.columnRef()) + row;
	}

	private static String describe(ObservationRecord o) {
		String sheet = o.sheet().isEmpty() ? "" : o.sheet() + "!";
		Period period = o.period();
		String counts = o.amount().numerator() == null && o.amount().denominator() == null ? ""
				: " (" + number(o.amount().numerator()) + "/" + number(o.amount().denominator()) + ")";
		String units = o.source().units() == 0 ? "" : " [" + o.source().units() + " units]";
		return sheet + o.columnRef() + o.rowNum() + " " + o.areaCode() + " " + o.measureId() + " " + period.key() + " = "
				+ number(o.value()) + counts + units;
	}

	/**
	 * Exactly: the shortest decimal that is this double ({@link Double#toString}), without a
	 * trailing ".0", so 90.10000000000001 never passes for 90.1.
	 */
	private static String number(Double value) {
		return value == null ? "-" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
