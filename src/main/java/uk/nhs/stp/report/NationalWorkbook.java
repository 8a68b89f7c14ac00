package uk.nhs.stp.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the national workbook with POI. The file is written under a temporary name in the
 * output folder and moved into place, so a reader never sees half a workbook.
 */
public final class NationalWorkbook {

	/** Sheet names, in order (each at most 31 characters, as Excel requires). */
	public static final String SUMMARY = "Summary";

	public static final String AREAS = "Areas";

	public static final String DATA_QUALITY = "Data quality";

	public static final String METHODOLOGY = "Methodology";

	private NationalWorkbook() {
	}

	public static void write(ReportData data, Path target) throws IOException {
		AtomicFile.write(target, out -> {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				ReportStyles styles = new ReportStyles(workbook);
				SummarySheet.write(new SheetWriter(workbook.createSheet(SUMMARY), styles), data, styles);
				AreasSheet.write(new SheetWriter(workbook.createSheet(AREAS), styles), data, styles);
				DataQualitySheet.write(new SheetWriter(workbook.createSheet(DATA_QUALITY), styles), data, styles);
				MethodologySheet.write(new SheetWriter(workbook.createSheet(METHODOLOGY), styles), data, styles);
				properties(workbook, data);
				workbook.write(out);
			}
		});
	}

	private static void properties(XSSFWorkbook workbook, ReportData data) {
		POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
		core.setTitle("STP progress report " + data.runDate());
		core.setCreator("stp-analytics");
		core.setDescription("Which STPs need what support: level, pace against circumstances and support tiers; "
				+ SummarySheet.dataPeriod(data));
	}

}
