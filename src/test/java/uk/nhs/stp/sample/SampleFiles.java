package uk.nhs.stp.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the sample files in the layouts analysts send: a titled workbook and plain CSVs. */
final class SampleFiles {

	static final Set<String> ACUTE = Set.of("ae_4hr", "rtt_18wk", "cancer_62day");

	static final String CIRCUMSTANCES = "circumstances-2016-17.csv";

	static final String ACUTE_WORKBOOK = "acute-performance-2016-19.xlsx";

	static final String OTHER_METRICS = "other-metrics-2016-19.csv";

	static final String LATE_RETURNS = "late-returns-2019-03.csv";

	private static final Map<String, String> SHEETS = Map.of("ae_4hr", "A&E", "rtt_18wk", "RTT", "cancer_62day",
			"Cancer 62 day");

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

	private final Path out;

	private final List<SampleArea> areas;

	SampleFiles(Path out, List<SampleArea> areas) {
		this.out = out;
		this.areas = areas;
	}

	void circumstances(Map<String, SampleCircumstances> circumstances) throws IOException {
		try (Writer writer = Files.newBufferedWriter(this.out.resolve(CIRCUMSTANCES), StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSV)) {
			writer.write("# Circumstances of the 44 STPs, 2016/17. SAMPLE DATA for stp-analytics: the 'source' column says\n");
			writer.write("# which values are real (shared/reference/stps.csv) and which are SYNTHETIC draws of the seeded\n");
			writer.write("# generator (uk.nhs.stp.sample.SampleDataGenerator, seed " + SampleDataGenerator.SEED + ").\n");
			csv.printRecord("area_code", "area_name", "metric", "period", "value", "source");
			for (SampleArea area : this.areas) {
				SampleCircumstances c = circumstances.get(area.code());
				print(csv, area, "vanguard_sites", c.vanguardSites(), "synthetic");
				print(csv, area, "devolution_deal", c.devolutionDeal(), "real (June 2017 first-wave sources)");
				print(csv, area, "success_regime", c.successRegime(), "real for Essex; North Cumbria and Devon to check");
				print(csv, area, "ccg_la_coterminosity", c.coterminosity(), "synthetic");
				print(csv, area, "joint_working_years", c.jointWorkingYears(), "synthetic");
				print(csv, area, "shared_accountable_officers", c.sharedAccountableOfficers(), "synthetic");
				print(csv, area, "statutory_organisations", c.statutoryOrganisations(),
						"CCG count real (stps.csv); trusts and local authorities synthetic");
				print(csv, area, "registered_population", c.population(), "real (ONS mid-2018 estimate, stps.csv)");
				print(csv, area, "rural_share", c.ruralShare(), "synthetic");
				print(csv, area, "self_containment", c.selfContainment(), "synthetic");
			}
		}
	}

	private static void print(CSVPrinter csv, SampleArea area, String measure, Object value, String source)
			throws IOException {
		csv.printRecord(area.code(), area.name(), measure, "2016/17", value, source);
	}

	void otherMetrics(List<SampleRow> rows) throws IOException {
		try (Writer writer = Files.newBufferedWriter(this.out.resolve(OTHER_METRICS), StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSV)) {
			csv.printRecord("area_code", "area_name", "metric", "period", "value", "numerator", "denominator");
			for (SampleRow r : rows) {
				csv.printRecord(r.areaCode(), r.areaName(), r.metric(), r.month().toString(), r.value(),
						r.numerator() == null ? "" : r.numerator(), r.denominator() == null ? "" : r.denominator());
			}
		}
	}

	void acutePerformance(List<SampleRow> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream stream = Files.newOutputStream(this.out.resolve(ACUTE_WORKBOOK))) {
			CellStyle month = workbook.createCellStyle();
			month.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
			for (String metric : List.of("ae_4hr", "rtt_18wk", "cancer_62day")) {
				Sheet sheet = workbook.createSheet(SHEETS.get(metric));
				sheet.createRow(0).createCell(0).setCellValue(SHEETS.get(metric) + " performance by STP, April 2016 to March 2019");
				sheet.createRow(1).createCell(0).setCellValue("Source: SAMPLE DATA, synthetic (stp-analytics generator, seed "
						+ SampleDataGenerator.SEED + ")");
				Row header = sheet.createRow(3);
				String[] names = { "Area code", "Area name", "Metric", "Month", "Value", "Numerator", "Denominator" };
				for (int c = 0; c < names.length; c++) {
					header.createCell(c).setCellValue(names[c]);
				}
				int r = 4;
				for (SampleRow row : rows.stream().filter(x -> x.metric().equals(metric)).toList()) {
					writeRow(sheet.createRow(r++), row, month);
				}
			}
			workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
			workbook.write(stream);
		}
	}

	private static void writeRow(Row row, SampleRow r, CellStyle monthStyle) {
		row.createCell(0).setCellValue(r.areaCode());
		row.createCell(1).setCellValue(r.areaName());
		row.createCell(2).setCellValue(r.metric());
		row.createCell(3).setCellValue(LocalDate.of(r.month().getYear(), r.month().getMonthValue(), 1));
		row.getCell(3).setCellStyle(monthStyle);
		if (r.value().equals("*")) {
			row.createCell(4).setCellValue("*");
		}
		else {
			row.createCell(4).setCellValue(Double.parseDouble(r.value()));
		}
		if (r.numerator() != null) {
			row.createCell(5).setCellValue(r.numerator());
			row.createCell(6).setCellValue(r.denominator());
		}
	}

	/** A late return with a revision and the mistakes analysts make, each one rejected with its reason. */
	void lateReturns() throws IOException {
		try (Writer writer = Files.newBufferedWriter(this.out.resolve(LATE_RETURNS), StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSV)) {
			csv.printRecord("area_code", "metric", "period", "value", "numerator", "denominator");
			csv.printRecord("E54000024", "ae_4hr", "Mar-19", "88.0%", 27100, 30795);
			csv.printRecord("QF7", "agency_spend", "Mar-19", "5.1", "", "");
			csv.printRecord("E54000099", "ae_4hr", "Mar-19", "87.5", "", "");
			csv.printRecord("E54000030", "ae_4h", "Mar-19", "87.5", "", "");
			csv.printRecord("E54000031", "rtt_18wk", "2019/13", "88.1", "", "");
			csv.printRecord("E54000032", "cancer_62day", "Mar-19", "140.2", "", "");
			csv.printRecord("E54000033", "iapt_recovery", "Mar-19", "..", "", "");
			csv.printRecord("E54000034", "dtoc_beds", "Mar-19", "n/a", "", "");
			csv.printRecord("E54000035", "emergency_bed_days", "Mar-19", "sixty", "", "");
		}
	}

}
