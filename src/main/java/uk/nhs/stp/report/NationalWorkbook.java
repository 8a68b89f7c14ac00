package uk.nhs.stp.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the national workbook and each regional pack with POI's streaming SXSSF writer, so a
 * report on 7,000 areas does not need its rows in memory; charts are drawn on the underlying XSSF
 * sheets with their data given explicitly. All sheets are created up front in their order (charts
 * on one sheet name cells of a data sheet written last). The file is written under a temporary
 * name and moved into place, so a reader never sees half a workbook. A workbook built on the
 * shipped sample data says so on every sheet.
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
			try (Book book = new Book(data, ReportSheets.NATIONAL)) {
				ChartColumns charts = new ChartColumns(ReportSheets.CHART_DATA);
				common(book, data, charts, scope);
				FunnelSheet.write(book.writer(ReportSheets.FUNNELS), book.drawing(ReportSheets.FUNNELS), data, charts,
						book.styles);
				rest(book, data, charts);
				properties(book.workbook, data, scope);
				book.workbook.write(out);
			}
		});
	}

	/**
	 * A regional pack: the national workbook for one region's areas, with an Area profiles sheet
	 * (a page per area and its SPC charts) in place of the funnel plots, whose limits are national.
	 * @param region the region's name, as the register writes it
	 */
	public static void writePack(ReportData data, Path target, String region) throws IOException {
		String scope = " \u2014 " + region + " region";
		AtomicFile.write(target, out -> {
			try (Book book = new Book(data, ReportSheets.PACK)) {
				ChartColumns charts = new ChartColumns(ReportSheets.CHART_DATA);
				ChartColumns profiles = new ChartColumns(ReportSheets.PROFILE_DATA);
				common(book, data, charts, scope);
				AreaProfilesSheet.write(book.writer(ReportSheets.AREA_PROFILES), book.drawing(ReportSheets.AREA_PROFILES),
						data, profiles, book.styles);
				rest(book, data, charts);
				profiles.write(book.writer(ReportSheets.PROFILE_DATA), book.styles, "The numbers behind the SPC charts");
				book.hide(ReportSheets.PROFILE_DATA);
				properties(book.workbook, data, scope);
				book.workbook.write(out);
			}
		});
	}

	private static void common(Book book, ReportData data, ChartColumns charts, String scope) {
		SummarySheet.write(book.writer(ReportSheets.SUMMARY), book.drawing(ReportSheets.SUMMARY), data, charts,
				book.styles, scope);
		SupportTiersSheet.write(book.writer(ReportSheets.SUPPORT_TIERS), data, book.styles);
		PaceSheet.write(book.writer(ReportSheets.PACE), book.drawing(ReportSheets.PACE), data, charts, book.styles);
	}

	private static void rest(Book book, ReportData data, ChartColumns charts) {
		MetricsSheet.write(book.writer(ReportSheets.METRICS), data, book.styles);
		PeersSheet.write(book.writer(ReportSheets.PEERS), data, book.styles);
		MonitoringSheet.write(book.writer(ReportSheets.MONITORING), data, book.styles);
		ChangesSheet.write(book.writer(ReportSheets.CHANGES), data, book.styles);
		DataQualitySheet.write(book.writer(ReportSheets.DATA_QUALITY), data, book.styles);
		MethodologySheet.write(book.writer(ReportSheets.METHODOLOGY), data, book.styles);
		charts.write(book.writer(ReportSheets.CHART_DATA), book.styles, "The numbers behind the charts");
		book.hide(ReportSheets.CHART_DATA);
	}

	/** A streamed workbook with its sheets created in order and its styles built once. */
	private static final class Book implements AutoCloseable {

		final SXSSFWorkbook workbook;

		final ReportStyles styles;

		private final String banner;

		Book(ReportData data, java.util.List<String> sheets) {
			this.workbook = new SXSSFWorkbook(ROW_WINDOW);
			this.workbook.setCompressTempFiles(false);
			this.styles = new ReportStyles(this.workbook);
			this.banner = data.synthetic() ? SyntheticData.NOTICE : null;
			sheets.forEach(this.workbook::createSheet);
		}

		SheetWriter writer(String name) {
			return new SheetWriter(this.workbook.getSheet(name), this.styles, this.banner);
		}

		/**
		 * Hides a sheet of chart data: it is there to be unhidden and read, but printing the
		 * workbook should not print hundreds of pages of columns behind the charts.
		 */
		void hide(String name) {
			this.workbook.setSheetHidden(this.workbook.getSheetIndex(name), true);
		}

		/** The XSSF sheet behind a streamed sheet: charts live in its drawing, not in the row stream. */
		XSSFSheet drawing(String name) {
			return this.workbook.getXSSFWorkbook().getSheet(name);
		}

		@Override
		public void close() throws IOException {
			this.workbook.close();
		}

	}

	private static void properties(SXSSFWorkbook workbook, ReportData data, String scope) {
		POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle("STP progress report " + data.runDate() + scope);
		core.setCreator("stp-analytics");
		core.setSubjectProperty("Which STPs need what support: level, pace against circumstances and support tiers");
		core.setDescription("Data period: " + SummarySheet.dataPeriod(data)
				+ (data.synthetic() ? ". Synthetic sample data, not real NHS figures." : ""));
		core.setKeywords("STP; ICS; support tiers; pace; circumstances");
	}

}
