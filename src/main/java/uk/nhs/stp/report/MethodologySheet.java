package uk.nhs.stp.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.result.RunTiering;

/**
 * The Methodology sheet, in plain English: what level, pace, expected pace and tiers mean, this
 * run's model and its fit, the thresholds in force and the limits of the analysis.
 */
final class MethodologySheet {

	private static final List<String> EXPLANATION = List.of(
			"Level: where an area is now. For each metric, the area's latest value is compared with the other areas. "
					+ "Percentages with a numerator and denominator are compared on a funnel plot, which allows for the "
					+ "size of the area and for the extra variation seen between all areas; other metrics use a robust "
					+ "z-score (the distance from the national median in units of the national spread). Scores are turned "
					+ "round where lower is better, so a positive level is always better than typical. The composite level "
					+ "is the weighted average over the metrics the area has.",
			"Pace: how fast an area is improving. For each metric, the trend over the last two years is the median of "
					+ "all the slopes between pairs of months (the Theil-Sen slope), which a single odd month cannot "
					+ "distort. It is divided by the national spread of the metric so that metrics in different units can "
					+ "be averaged: a pace of 0.5 means the area moves half the width of the national spread each year.",
			"Expected pace: what an area's circumstances explain. Pace is compared with four circumstances - the "
					+ "history of local relationships, population size, geography (rurality) and patient flow (how much "
					+ "care is delivered inside the footprint) - in a linear regression across areas. Each area's expected "
					+ "pace is worked out from all the other areas, so no area sets its own expectation.",
			"Verdict: an area is faster or slower than its circumstances explain only when the difference is larger "
					+ "than chance would produce 19 times in 20 (a studentised residual beyond the critical value of "
					+ "Student's t). Otherwise its pace is as its circumstances explain.",
			"Uncertainty: the unexplained pace is shown with its 95% interval. When the whole interval is below zero "
					+ "the area is slower than its circumstances explain; when it straddles zero, the difference may be "
					+ "chance. Small differences between areas should not be read as rankings.",
			"Late and missing returns: an area's latest value for a metric is its value for the metric's latest month; "
					+ "if it has none, the month before is used and marked as a late return; otherwise the metric is "
					+ "missing for the area this run. A late or missing core metric is named in the area's reasons, so "
					+ "it never changes a tier without saying so.",
			"How sure each tier is: a tier decided by a cut-off is a cliff edge, so the method is re-run on simulated "
					+ "figures. Each area's level and pace are redrawn from their own sampling uncertainty (for a "
					+ "percentage with a numerator and denominator, the chance variation of its count; otherwise the "
					+ "area's own month-to-month variation; for pace, the width of its trend's 95% interval), and the "
					+ "composites, the circumstances model, the verdicts, the cut-offs and the tier rules are applied "
					+ "again to every draw. The share of draws in each tier is the tier's probability; a tier is "
					+ "borderline when even the most likely tier has less than the share set below. The rank of each "
					+ "area's unexplained pace (1 = furthest below what its circumstances explain) is given with the "
					+ "range that holds 95% of its simulated ranks.",
			"Sensitivity to the method's choices: the tiers are also re-worked, without simulation, with each metric's "
					+ "weight halved and then raised by half, with the bottom fifth taken as 15% and 25%, with verdicts at "
					+ "90% and 99% confidence, and with each circumstance left out of the model, one choice at a time. "
					+ "Tier stability is the share of those runs in which an area keeps its tier; the areas whose tier "
					+ "hangs on a single choice are listed below.",
			"The league table beside the tiers: the NHS Oversight Framework 2025/26 ranks each metric (best = 1), "
					+ "scales the ranks from 1 (best) to 4 (worst), averages them by weight and cuts the averages at their "
					+ "quartiles into segments 1 to 4. The same is worked out from the same latest values, so readers see "
					+ "who such a table would blame although their circumstances explain their pace (segment 4, pace as "
					+ "or faster than circumstances explain) and who it would miss (segments 1-2, slower than "
					+ "circumstances explain).",
			"Support focus: each area's reasons name services and figures - the up to three metrics that pull its "
					+ "level down most and those that slow its pace most, each with its latest value, the England median, "
					+ "its position and its change a year - then the monitoring its tier recommends and, for targeted and "
					+ "intensive support, the domains to focus support on.",
			"What changed this month (SPC): each area's series of each metric is drawn as an NHS Making Data Count "
					+ "chart. A point outside the process limits, a run of seven rising or falling points, two of three "
					+ "points near a limit, or seven points on one side of the average is special cause variation: an "
					+ "improvement or a concern depending on which direction is better. Otherwise variation is common "
					+ "cause, the usual ups and downs. Against a target, the limits show whether the area will "
					+ "consistently pass, consistently fail, or hit and miss.",
			"Peers: each area is compared with the five areas most like it in their circumstances, as the NHS compares "
					+ "an area with its \"similar 10\", and with their median pace.",
			"Monitoring burden: for each area the report counts the data items asked for and those returned, so "
					+ "gaps show without being scored as failure; metrics whose paces move together across areas "
					+ "are listed, and a smaller set that still covers every metric is proposed.",
			"Support tiers follow the spirit of the NHS Oversight Framework: rules in the scoring model, applied in "
					+ "order, place each area in intensive, targeted or universal support or light-touch monitoring, and "
					+ "the reasons say in words what decided it (the numbers are in the Support tiers sheet). Slower areas "
					+ "need support, not blame.",
			"The numbers behind the charts are in the hidden sheets \"Chart data\" (and, in a regional pack, "
					+ "\"Profile chart data\"): right-click a sheet tab and choose Unhide to see them.",
			"Limits: the circumstances explain only part of the differences in pace; the model is small (one row per "
					+ "area) and measures circumstances imperfectly. Areas with too little data are not scored rather "
					+ "than guessed. Missing values are never treated as zero. Several circumstance inputs in the shipped "
					+ "sample data are synthetic (see README).");

	private MethodologySheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(new int[] { 34, 22, 14, 44, 26, 20 });
		out.title("Methodology", "How the numbers in this report are worked out (full method: shared/method.md).");
		EXPLANATION.forEach(paragraph -> out.paragraph(paragraph, 6));
		out.skip(1);
		model(out, data.run().fit(), styles);
		out.skip(1);
		thresholds(out, data, styles);
		out.skip(1);
		sensitivity(out, data, styles);
		out.printLayout(-1);
	}

	private static void model(SheetWriter out, ModelFit fit, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "The circumstances model this run", styles.bold);
		if (!fit.fitted()) {
			out.paragraph("The model could not be fitted: " + fit.note(), 6);
			return;
		}
		out.header(List.of("Term", "Coefficient", "Standard error", "t", "p"));
		for (ModelFit.Term term : fit.terms()) {
			Row row = out.row();
			SheetWriter.text(row, 0, term.name(), styles.text);
			SheetWriter.number(row, 1, term.estimate(), styles.decimal2);
			SheetWriter.number(row, 2, term.se(), styles.decimal2);
			SheetWriter.number(row, 3, term.t(), styles.decimal2);
			SheetWriter.number(row, 4, term.p(), term.p() < 0.001 ? styles.scientific : styles.decimal2);
		}
		statistic(out, "Areas in the model (n)", (double) fit.n(), styles.integer, styles);
		statistic(out, "R\u00b2 (share of differences in pace explained)", fit.r2(), styles.decimal2, styles);
		statistic(out, "Adjusted R\u00b2", fit.adjustedR2(), styles.decimal2, styles);
		statistic(out, "Leave-one-out R\u00b2 (how well it predicts an area it has not seen)", fit.looR2(), styles.decimal2,
				styles);
		statistic(out, "Residual standard error", fit.sigma(), styles.decimal2, styles);
		statistic(out, "Critical value of t for the verdict", fit.tCritical(), styles.decimal2, styles);
		if (fit.note() != null) {
			out.paragraph("Note: " + fit.note() + ".", 6);
		}
	}

	private static void thresholds(SheetWriter out, ReportData data, ReportStyles styles) {
		Thresholds t = data.model().thresholds();
		SheetWriter.text(out.row(), 0, "Thresholds in force (from " + data.model().source() + ")", styles.bold);
		out.header(List.of("Threshold", "Value"));
		statistic(out, "Pace window (months)", (double) t.windowMonths(), styles.integer, styles);
		statistic(out, "Fewest periods for a pace", (double) t.minPoints(), styles.integer, styles);
		statistic(out, "Fewest areas for a period to count as latest", (double) t.minAreas(), styles.integer, styles);
		statistic(out, "Least data coverage to be scored", t.minCoverage(), styles.percent0, styles);
		statistic(out, "Confidence level of the verdict", t.verdictLevel(), styles.percent0, styles);
		statistic(out, "Bottom quintile (share of areas)", t.bottomQuintile(), styles.percent0, styles);
		statistic(out, "Nearest peers shown", (double) t.peerCount(), styles.integer, styles);
		RunTiering tiering = data.run().tiering();
		statistic(out, "This run's bottom-fifth cut-off of overall level (z)", tiering.levelCutOff(), styles.decimal2, styles);
		statistic(out, "This run's median overall level (z)", tiering.levelMedian(), styles.decimal2, styles);
		statistic(out, "This run's median pace (spread a year)", tiering.paceMedian(), styles.decimal2, styles);
		statistic(out, "Simulated draws for how sure each tier is", (double) tiering.draws(), styles.integer, styles);
		Row seed = out.row();
		SheetWriter.text(seed, 0, "Simulation seed (the same seed gives the same numbers)", styles.wrap);
		SheetWriter.text(seed, 1, Long.toString(tiering.seed()), styles.text);
		statistic(out, "Borderline below this share of draws", data.model().uncertainty().borderlineBelow(),
				styles.percent0, styles);
	}

	/** The areas whose tier changes under a single choice of the sensitivity grid, with the choice. */
	private static void sensitivity(SheetWriter out, ReportData data, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "Areas whose tier hangs on a single choice (sensitivity grid)", styles.bold);
		out.header(List.of("Area", "Support tier", "Tier stability", "Choice", "Tier under that choice"));
		int listed = 0;
		for (AreaScore a : SupportTiersSheet.sorted(data.areas())) {
			for (AreaScore.Sensitivity.Change change : a.sensitivity().changes()) {
				Row row = out.row();
				SheetWriter.text(row, 0, a.area().name(), styles.wrap);
				SheetWriter.text(row, 1, SummarySheet.tierLabel(a), styles.tier(a.tier()));
				SheetWriter.number(row, 2, a.sensitivity().stability(), styles.percent0);
				SheetWriter.text(row, 3, change.choice(), styles.wrap);
				SheetWriter.text(row, 4, change.tier() == 0 ? "no tier" : QuadrantChart.tierName(data, change.tier()),
						styles.tier(change.tier() == 0 ? null : change.tier()));
				listed++;
			}
		}
		if (listed == 0) {
			SheetWriter.text(out.row(), 0, "No area's tier changes under any single choice of the grid.", styles.text);
		}
		data.run().tiering().gridSkipped().forEach(skipped -> out.paragraph("Not worked out: " + skipped + ".", 6));
	}

	private static void statistic(SheetWriter out, String name, Double value, org.apache.poi.ss.usermodel.CellStyle style,
			ReportStyles styles) {
		Row row = out.row();
		SheetWriter.text(row, 0, name, styles.wrap);
		SheetWriter.number(row, 1, value, style);
	}

}
