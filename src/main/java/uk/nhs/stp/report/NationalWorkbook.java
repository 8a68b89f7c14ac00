package uk.nhs.stp.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the national workbook (and each regional pack) with POI's streaming SXSSF writer, so a
 * report on 7,000 areas does not need its rows in memory; charts are drawn on the underlying XSSF
 * sheets with their data given explicitly. The file is written under a temporary name and moved
 * into place, so a reader never sees half a workbook.
 */
public final class NationalWorkbook {

	/** Rows kept in memory per sheet while writing. */
	private static final int ROW_WINDOW = 200;

	private NationalWorkbook() {
	}

	public static void write(ReportData data, Path target) throws IOException {
		write(data, target, "");
	}

	/**
	 * @param scope added to the Summary's title, e.g. " \u2014 London region"
	 */
	public static void write(ReportData data, Path target, String scope) throws IOException {
		AtomicFile.write(target, out -> {
			SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
			workbook.setCompressTempFiles(true);
			try {
				ReportStyles styles = new ReportStyles(workbook);
				ChartData charts = new ChartData(data);
				SummarySheet.write(writer(workbook, ReportSheets.SUMMARY, styles), drawing(workbook, ReportSheets.SUMMARY),
						data, charts, styles, scope);
				SupportTiersSheet.write(writer(workbook, ReportSheets.SUPPORT_TIERS, styles), data, styles);
				PaceSheet.write(writer(workbook, ReportSheets.PACE, styles), drawing(workbook, ReportSheets.PACE), data,
						charts, styles);
				MetricsSheet.write(writer(workbook, ReportSheets.METRICS, styles), data, styles);
				PeersSheet.write(writer(workbook, ReportSheets.PEERS, styles), data, styles);
				MonitoringSheet.write(writer(workbook, ReportSheets.MONITORING, styles), data, styles);
				ChangesSheet.write(writer(workbook, ReportSheets.CHANGES, styles), data, styles);
				DataQualitySheet.write(writer(workbook, ReportSheets.DATA_QUALITY, styles), data, styles);
				MethodologySheet.write(writer(workbook, ReportSheets.METHODOLOGY, styles), data, styles);
				charts.write(writer(workbook, ReportSheets.CHART_DATA, styles), styles);
				properties(workbook, data, scope);
				workbook.write(out);
			}
			finally {
				workbook.close();
			}
		});
	}

	private static SheetWriter writer(SXSSFWorkbook workbook, String name, ReportStyles styles) {
		Sheet sheet = workbook.getSheet(name) != null ? workbook.getSheet(name) : workbook.createSheet(name);
		return new SheetWriter(sheet, styles);
	}

	/** The XSSF sheet behind a streamed sheet: charts live in its drawing, not in the row stream. */
	private static XSSFSheet drawing(SXSSFWorkbook workbook, String name) {
		return workbook.getXSSFWorkbook().getSheet(name);
	}

	private static void properties(SXSSFWorkbook workbook, ReportData data, String scope) {
		POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle("STP progress report " + data.runDate() + scope);
		core.setCreator("stp-analytics");
		core.setSubjectProperty("Which STPs need what support: level, pace against circumstances and support tiers");
		core.setDescription("Data period: " + SummarySheet.dataPeriod(data));
		core.setKeywords("STP; ICS; support tiers; pace; circumstances");
	}

}
