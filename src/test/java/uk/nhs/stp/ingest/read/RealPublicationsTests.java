package uk.nhs.stp.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.ObservationRecord;

/**
 * Real publications, as published (sources, licence and what each exercises are in
 * {@code src/test/resources/fixtures/real/README.md}), read exactly as ingest and {@code check}
 * read them, with the shipped configuration. Values are checked against the workbook read
 * independently here with POI or commons-csv, so a value taken from the wrong column fails.
 */
class RealPublicationsTests {

	private static final Path REAL = Path.of("src/test/resources/fixtures/real");

	private static final FileCheck CHECK = ShippedConfiguration.fileCheck(ShippedConfiguration.MAPPINGS);

	@Test
	@DisplayName("NHS England A&E, December 2022 (xls): the systems' own figures load from the '(all)' column with their counts; "
			+ "the providers' roll-up through the workbook's mapping sheet agrees with them")
	void aeProviderWorkbookLoadsTheSystemFiguresFromTheAllTypesColumn() throws Exception {
		Read read = read("December-2022-AE-by-provider-revised-110523.xls");

		assertThat(read.result.rejection()).isNull();
		assertThat(read.result.sheets()).containsExactly(
				"Sheet \"System Level Data\": wide by metric, header in row 16, area in column B, values in columns P (ae_4hr; "
						+ "numerator K; denominator G), period Dec 2022 from the 'period:' line above the table",
				"Sheet \"System Mapping\": the workbook's mapping of units to systems (unit codes in column A, systems in column D)",
				"Sheet \"Provider Level Data\": wide by metric, header in row 16, providers in column B, rolled up to systems "
						+ "through Sheet \"System Mapping\", values in columns Q (ae_4hr; numerator L; denominator H), period Dec 2022 "
						+ "from the 'period:' line above the table; a check on the systems' published figures",
				"Sheet \"Non-Booked Data\": wide by metric, header in row 16, providers in column B, rolled up to systems "
						+ "through Sheet \"System Mapping\", values in columns Q (ae_4hr; numerator L; denominator H), period Dec 2022 "
						+ "from the 'period:' line above the table; a check on the systems' published figures",
				"Sheet \"Booked Appointments Data\": skipped: a table was found (header in row 16) but no column names a metric "
						+ "of the catalogue: " + read.sheetReason("Booked Appointments Data"),
				"Sheet \"Acute Trust Footprint Data\": skipped: a table was found (header in row 16) but no column names a "
						+ "metric of the catalogue: " + read.sheetReason("Acute Trust Footprint Data"),
				"Sheet \"Acute Trust Mapping\": skipped: a hidden sheet (the publisher's working, not its tables); unhide it to "
						+ "have it read");
		// every one of the 42 ICBs, from column P (all types), never Q (type 1), with K and G as its counts
		Map<String, double[]> published = systemLevelColumns(REAL.resolve("December-2022-AE-by-provider-revised-110523.xls"));
		assertThat(read.observations).hasSize(42).allSatisfy(o -> {
			double[] cells = published.get(o.sheet() + "!" + o.rowNum());
			assertThat(o.measureId()).isEqualTo("ae_4hr");
			assertThat(o.period()).isEqualTo(Period.month(2022, 12));
			assertThat(o.columnRef()).isEqualTo("P");
			assertThat(o.value()).isCloseTo(cells[0] * 100, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(o.value()).isNotCloseTo(cells[1] * 100, org.assertj.core.data.Offset.offset(1e-6));
			assertThat(o.amount().numerator()).isEqualTo(cells[2]);
			assertThat(o.amount().denominator()).isEqualTo(cells[3]);
		});
		assertThat(read.observations).extracting(ObservationRecord::areaCode).doesNotHaveDuplicates()
			.contains("E54000040", "E54000049", "E54000005", "E54000017");
		assertThat(read.note("System Level Data!B17")).satisfies(n -> {
			assertThat(n.status()).isEqualTo("aggregate");
			assertThat(n.reason()).contains("'-' or nothing in place of a code and name");
		});
		assertThat(read.sheetNote("Provider Level Data", "rollup_check").reason())
			.contains("190 rows of 190 providers in column B, rolled up to systems through Sheet \"System Mapping\"")
			.contains("which are what loads; as a check, the roll-up agrees with them for 42 of 42 values (within 0.05)");
		assertThat(read.sheetNote("Non-Booked Data", "rollup_check").reason()).contains("agrees with them for 9 of 42 values")
			.contains("the largest difference is 21.60");
		assertThat(read.result.count(IngestNote.REJECTED)).isZero();
	}

	@Test
	@DisplayName("NHS England A&E time series to April 2019 (xls): England only, so the file is rejected as holding no area rows")
	void englandTimeSeriesIsRejectedAsHoldingNoAreas() throws Exception {
		Read read = read("Timeseries-monthly-Unadjusted-April-2019.xls");

		assertThat(read.result.rejectionClass()).isEqualTo("aggregate_only");
		assertThat(read.result.rejection()).startsWith("no area rows: this file holds England/region figures only")
			.contains("Sheet \"Activity\": skipped: the table (header in row 18) has no column of areas")
			.contains("Sheet \"Performance\": skipped: the table (header in row 18) has no column of areas");
		assertThat(read.observations).isEmpty();
	}

	@Test
	@DisplayName("NHS England RTT time series to November 2022 (xlsx): England only, rejected as holding no area rows")
	void rttEnglandTimeSeriesIsRejectedAsHoldingNoAreas() throws Exception {
		Read read = read("RTT-Timeseries-England.xlsx");

		assertThat(read.result.rejectionClass()).isEqualTo("aggregate_only");
		assertThat(read.result.rejection()).contains("Sheet \"Full Time Series\": skipped: the table (header in row 11) has no "
				+ "column of areas: its rows are periods, so it holds the figures of one place (such as England) only");
	}

	@Test
	@DisplayName("NHS England monthly A&E CSV, April 2025: provider counts only, no column names a catalogue metric")
	void providerCountsCsvSaysNoColumnNamesAMetric() throws Exception {
		Read read = read("Monthly-AE-April-2025.csv");

		assertThat(read.result.rejectionClass()).isEqualTo("unknown_metric");
		assertThat(read.result.rejection()).contains("a table was found (header in row 1) but no column names a metric of the "
				+ "catalogue: E 'A&E attendances Type 1'; F 'A&E attendances Type 2'")
			.contains("add a line '<metric id>,<its header>' to jobs/mappings/metric-aliases.csv");
	}

	@Test
	@DisplayName("NHS England virtual wards, February 2025 (xlsx): ICB rows load the GP registered population, period from 'Month:'")
	void virtualWardWorkbookLoadsTheRegisteredPopulationOfEachIcb() throws Exception {
		Read read = read("Monthly-Virtual-Ward-Feb2025.xlsx");
		Map<Integer, Double> column = numbers(REAL.resolve("Monthly-Virtual-Ward-Feb2025.xlsx"), "Virtual Ward Data", 7);

		assertThat(read.result.rejection()).isNull();
		assertThat(read.observations).hasSize(42).allSatisfy(o -> {
			assertThat(o.measureId()).isEqualTo("registered_population");
			assertThat(o.period()).isEqualTo(Period.month(2025, 2));
			assertThat(o.columnRef()).isEqualTo("H");
			assertThat(o.value()).isEqualTo(column.get(o.rowNum()));
		});
		assertThat(read.note("Virtual Ward Data!E17").reasonClass()).isEqualTo("aggregate_row");
		assertThat(read.sheetNote("Virtual Ward Data", "columns_left_out").reason())
			.contains("F 'Virtual Ward Capacity (see note 1)'").contains("J 'Occupancy % (see note 5)'");
	}

	@Test
	@DisplayName("NHS Digital patients registered at a GP practice, January 2021 (csv): practices rolled up by their CCG to STPs")
	void gpPracticeListIsRolledUpToSystemsThroughTheCcgMapping() throws Exception {
		Read read = read("gp-reg-pat-prac-all-Jan2021.csv");
		Map<String, Double> expected = practicesByStp(REAL.resolve("gp-reg-pat-prac-all-Jan2021.csv"));

		assertThat(read.result.rejection()).isNull();
		assertThat(read.result.sheets()).containsExactly("wide by metric, header in row 1, CCGs in column D, rolled up to "
				+ "systems through jobs/mappings/units/, period in column B, values in columns J (registered_population)");
		Map<String, Double> loaded = new TreeMap<>();
		read.observations.forEach(o -> loaded.put(o.areaCode(), o.value()));
		assertThat(loaded).isEqualTo(expected).hasSize(41);
		assertThat(read.observations).allSatisfy(o -> assertThat(o.period()).isEqualTo(Period.month(2021, 1)));
		assertThat(read.result.notes()).filteredOn(n -> n.reasonClass().equals("unit_unmapped"))
			.extracting(IngestNote::rawValue).containsExactly("42D", "92A");
	}

	@Test
	@DisplayName("Lookups (ONS CCG to STP, sub-ICB to ICB; NHS England ICB partners) are rejected saying where a mapping goes")
	void lookupsAreRejectedSayingWhereAMappingGoes() throws Exception {
		for (String lookup : List.of("CCG21_STP21_NHSER21_Lookup_April2021.csv", "SICBL23_ICB23_NHSER23_Lookup_April2023.csv",
				"ICB-partners-mapping.xlsx")) {
			Read read = read(lookup);
			assertThat(read.result.rejectionClass()).as(lookup).isEqualTo("lookup_file");
			assertThat(read.result.rejection()).as(lookup).contains("save it as a mapping file in jobs/mappings/units/");
		}
	}

	@Test
	@DisplayName("An NHS Digital ODS file (csv with no header row) is rejected saying its first row is data")
	void aFileWithNoHeaderRowIsRejectedSayingItsFirstRowIsData() throws Exception {
		Read read = read("ODS-etr-trusts-2022.csv");

		assertThat(read.result.rejectionClass()).isEqualTo("no_header");
		assertThat(read.result.rejection()).contains("row 1 reads as data, not a header ('Y62' in column C is the code of a "
				+ "system or region): the table has no header row");
	}

	// Helpers

	private static Read read(String name) {
		List<ObservationRecord> observations = new ArrayList<>();
		FileCheck.Result result = CHECK.check(REAL.resolve(name), observations::add);
		return new Read(result, observations);
	}

	private record Read(FileCheck.Result result, List<ObservationRecord> observations) {

		IngestNote note(String place) {
			String sheet = place.substring(0, place.indexOf('!'));
			String cell = place.substring(place.indexOf('!') + 1);
			return this.result.notes().stream()
				.filter(n -> sheet.equals(n.sheet()) && n.rowNum() != null && cell.equals(n.columnRef() + n.rowNum()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no note at " + place));
		}

		IngestNote sheetNote(String sheet, String reasonClass) {
			return this.result.notes().stream()
				.filter(n -> sheet.equals(n.sheet()) && n.reasonClass().equals(reasonClass))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + reasonClass + " note on " + sheet));
		}

		String sheetReason(String sheet) {
			String prefix = "Sheet \"" + sheet + "\" skipped: a table was found (header in row 16) but no column names a metric "
					+ "of the catalogue: ";
			return sheetNote(sheet, "unknown_metric").reason().substring(prefix.length());
		}

	}

	/** For each data row of "System Level Data": P (all), Q (type 1), K (< 4 hours) and G (total attendances). */
	private static Map<String, double[]> systemLevelColumns(Path file) throws Exception {
		Map<String, double[]> rows = new HashMap<>();
		try (Workbook workbook = new HSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = workbook.getSheet("System Level Data");
			for (int r = 18; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && row.getCell(15) != null && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isBlank()) {
					rows.put("System Level Data!" + (r + 1), new double[] { number(row, 15), number(row, 16), number(row, 10),
							number(row, 6) });
				}
			}
		}
		return rows;
	}

	/** A numeric cell's value, or NaN for text (such as '-'). */
	private static double number(Row row, int column) {
		var cell = row.getCell(column);
		return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? cell.getNumericCellValue() : Double.NaN;
	}

	/** A column's numbers by row number (as Excel numbers rows). */
	private static Map<Integer, Double> numbers(Path file, String sheetName, int column) throws Exception {
		Map<Integer, Double> numbers = new HashMap<>();
		try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			for (Row row : workbook.getSheet(sheetName)) {
				var cell = row.getCell(column);
				if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					numbers.put(row.getRowNum() + 1, cell.getNumericCellValue());
				}
			}
		}
		return numbers;
	}

	/**
	 * The patients of each STP, summed here from the practice rows and the shipped CCG mapping
	 * (its attributions in force on 1 January 2021), independently of the roll-up.
	 */
	private static Map<String, Double> practicesByStp(Path file) throws Exception {
		Map<String, String> stpOfCcg = new HashMap<>();
		LocalDate day = LocalDate.of(2021, 1, 1);
		try (Reader reader = Files.newBufferedReader(Path.of("jobs/mappings/units/ccg-stp-2017-2021.csv"))) {
			for (CSVRecord line : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
				.parse(reader)) {
				boolean from = line.get("valid_from").isEmpty() || !day.isBefore(LocalDate.parse(line.get("valid_from")));
				boolean to = line.get("valid_to").isEmpty() || !day.isAfter(LocalDate.parse(line.get("valid_to")));
				if (from && to) {
					stpOfCcg.put(line.get("unit_code"), line.get("area_code"));
				}
			}
		}
		Map<String, Double> byStp = new TreeMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String stp = stpOfCcg.get(row.get("CCG_CODE"));
				if (stp != null) {
					byStp.merge(stp, Double.parseDouble(row.get("NUMBER_OF_PATIENTS")), Double::sum);
				}
			}
		}
		return byStp;
	}

}
