package uk.nhs.stp.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.SpcRule;

/**
 * Pays the report's one-off costs while ingest and score run: a background thread writes a small
 * throwaway workbook (styles, a table, a scatter chart and an SPC chart, zipped to nowhere) through
 * the report's own code, so POI's and XMLBeans' classes and schema types are loaded, the font
 * metrics POI sizes columns with are read, and their code is compiled before the report step needs
 * them. In a night's run these were most of the report's time; on the machine's other core they
 * cost the run next to nothing. Nothing it does is written or kept, and a failure only means the
 * report pays the cost itself.
 */
public final class ReportWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

	private static final AtomicBoolean STARTED = new AtomicBoolean();

	private ReportWarmUp() {
	}

	/** Starts the warm-up, once per process, unless the machine has a single core to share. */
	public static void begin() {
		if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(ReportWarmUp::run, "report-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static void run() {
		long start = System.nanoTime();
		try {
			write(OutputStream.nullOutputStream());
			log.debug("report warm-up in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			log.debug("report warm-up did not complete", ex);
		}
	}

	/** A workbook of one small table and two charts, the report's own kinds. */
	static void write(OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
			ReportStyles styles = new ReportStyles(workbook);
			workbook.createSheet("Warm-up");
			workbook.createSheet("Data");
			SheetWriter sheet = new SheetWriter(workbook.getSheet("Warm-up"), styles, SyntheticData.NOTICE);
			sheet.title("Warm-up", "not written anywhere");
			sheet.header(List.of("Area", "Value"));
			for (int i = 0; i < 12; i++) {
				Row row = sheet.row();
				SheetWriter.text(row, 0, "Area " + i, styles.text);
				SheetWriter.number(row, 1, i * 1.5, styles.decimal1);
			}
			XSSFSheet drawing = workbook.getXSSFWorkbook().getSheet("Warm-up");
			ChartColumns columns = new ChartColumns("Data");
			var plot = ChartParts.scatter(ReportCharts.chart(drawing, new int[] { 3, 1, 9, 15 }, "Warm-up"), "x", "y");
			ChartParts.points(plot, "points", columns.numbers("x", 1, 2, 3), columns.numbers("y", 3, 1, 2),
					ReportStyles.TIER_COLOURS.get(1), MarkerStyle.CIRCLE, 7);
			ChartParts.plot(plot);
			Metric metric = new Metric("warm_up", "Warm-up", "Warm-up", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
					MetricKind.PROPORTION, 1, true, 90.0);
			SpcCharts spc = new SpcCharts();
			for (int copy = 0; copy < 2; copy++) {
				spc.draw(drawing, new int[] { 3, 16 + copy * 8, 9, 23 + copy * 8 }, chart(), metric, "Warm-up " + copy, columns);
			}
			columns.write(new SheetWriter(workbook.getSheet("Data"), styles), styles, "Data");
			workbook.write(out);
		}
	}

	private static SpcChart chart() {
		List<SpcChart.Point> points = new ArrayList<>();
		for (int month = 0; month < 24; month++) {
			double value = 80 + (month % 5);
			points.add(new SpcChart.Point(Period.month(2017 + month / 12, month % 12 + 1), value, 82.0, 75.0, 89.0,
					month == 23 ? SpcRule.OUTSIDE_HIGH : SpcRule.COMMON_CAUSE));
		}
		return new SpcChart("E54000000", "warm_up", points);
	}

}
