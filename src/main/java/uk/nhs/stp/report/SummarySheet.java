package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.Words;

/**
 * The Summary sheet, from which a director can say which areas need what support, why, how sure
 * the tier is and where a league table would have been unfair: the headline, the tier counts,
 * one plain sentence per area needing support with its tier's probability, the borderline areas,
 * the areas not scored and why, the league table beside the circumstances, and the chart of what
 * decided the tiers.
 */
final class SummarySheet {

	private static final int CHART_ROWS = 34;

	private static final int COLUMNS = 6;

	private SummarySheet() {
	}

	static void write(SheetWriter out, XSSFSheet drawingSheet, ReportData data, ChartColumns columns, ReportStyles styles,
			String scope) {
		out.widths(new int[] { 30, 16, 22, 24, 12, 86 });
		out.title("STP progress: which areas need what support" + scope, "Run of " + data.runDate() + " \u2014 "
				+ dataPeriod(data) + ". Slower areas need support, not blame.");
		for (String sentence : Headline.sentences(data)) {
			out.paragraph(sentence, COLUMNS);
		}
		out.skip(1);
		tierCounts(out, data, styles);
		out.skip(1);
		needingSupport(out, data, styles);
		out.skip(1);
		borderlineElsewhere(out, data, styles);
		notScored(out, data, styles);
		LeaguePanel.write(out, data, styles);
		chart(out, drawingSheet, data, columns);
		out.printLayout(-1);
	}

	static String dataPeriod(ReportData data) {
		return data.metrics()
			.values()
			.stream()
			.filter(m -> m.latestPeriod() != null)
			.map(m -> m.latestPeriod())
			.max(Comparator.naturalOrder())
			.map(p -> "data to " + p.label())
			.orElse("no metric had enough data");
	}

	/** "3. Targeted support", or "Not scored". */
	static String tierLabel(AreaScore a) {
		return a.tier() == null ? a.tierName() : a.tier() + ". " + a.tierName();
	}

	/** "62% sure (could be universal support: 38%)", rounded down so that nothing short of certain reads 100%. */
	static String howSure(ReportData data, AreaScore a) {
		Double p = a.certainty().p(a.tier());
		if (p == null) {
			return "";
		}
		String text = Words.percentDown(p) + " sure";
		Integer other = a.certainty().runnerUp(a.tier());
		if (other != null && a.certainty().p(other) >= 0.01) {
			text += " (could be " + tierWords(data, other) + ": " + Words.percentDown(a.certainty().p(other)) + ")";
		}
		return text;
	}

	static String tierWords(ReportData data, int tier) {
		return data.model()
			.tiers()
			.rules()
			.stream()
			.filter(r -> r.tier() == tier)
			.map(r -> r.name().toLowerCase(Locale.UK))
			.findFirst()
			.orElse("tier " + tier);
	}

	/**
	 * What support and why, in one plain passage with units: the focus of support and its
	 * monitoring, the reasons that decided the tier, and the two metrics holding its level back
	 * most and the one slowing its pace most (all of them are in the Support tiers sheet).
	 */
	static String whatAndWhy(AreaScore a) {
		AreaScore.Focus focus = a.focus();
		StringBuilder text = new StringBuilder();
		if (focus.support()) {
			text.append("Focus support on ")
				.append(focus.domains().isEmpty() ? "its pace of improvement" : Words.and(focus.domains()))
				.append("; ");
		}
		if (focus.monitoring() != null) {
			text.append(text.isEmpty() ? "Monitoring: " : "monitoring: ").append(focus.monitoring()).append(". ");
		}
		String reasons = a.mainReason();
		if (!reasons.isEmpty()) {
			text.append("Why: ").append(reasons).append(". ");
		}
		if (!focus.level().isEmpty()) {
			text.append("Held back most by ").append(String.join("; ", focus.level().subList(0, Math.min(2, focus.level().size()))))
				.append(". ");
		}
		if (!focus.pace().isEmpty()) {
			text.append("Slowed most by ").append(focus.pace().get(0)).append('.');
		}
		return text.toString().strip();
	}

	private static void tierCounts(SheetWriter out, ReportData data, ReportStyles styles) {
		out.header(List.of("Support tier", "Areas", "Recommended monitoring"));
		for (var rule : data.model().tiers().rules().stream().sorted(Comparator.comparing(r -> -r.tier())).toList()) {
			long count = data.areas().stream().filter(a -> a.tier() != null && a.tier() == rule.tier()).count();
			Row row = out.row();
			SheetWriter.text(row, 0, rule.tier() + ". " + rule.name(), styles.tier(rule.tier()));
			SheetWriter.number(row, 1, (double) count, styles.integer);
			SheetWriter.text(row, 2, data.model().monitoring().getOrDefault(rule.tier(), ""), styles.text);
		}
		long notScored = data.areas().stream().filter(a -> !a.scored()).count();
		Row row = out.row();
		SheetWriter.text(row, 0, AreaScore.NOT_SCORED, styles.tier(null));
		SheetWriter.number(row, 1, (double) notScored, styles.integer);
	}

	private static void needingSupport(SheetWriter out, ReportData data, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "Areas needing intensive or targeted support: what support and why", styles.bold);
		out.header(List.of("Area", "Region", "Support tier", "How sure (share of simulated draws)", "Borderline?",
				"What support and why"));
		List<AreaScore> needing = data.areas()
			.stream()
			.filter(a -> a.tier() != null && a.tier() >= 3)
			.sorted(Comparator.comparing((AreaScore a) -> -a.tier()).thenComparing(AreaScore::unexplainedPace))
			.toList();
		for (AreaScore a : needing) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.area().region(), styles.text);
			SheetWriter.text(row, 2, tierLabel(a), styles.tier(a.tier()));
			SheetWriter.text(row, 3, howSure(data, a), styles.wrap);
			SheetWriter.text(row, 4, Boolean.TRUE.equals(a.certainty().borderline()) ? "borderline" : "", styles.text);
			SheetWriter.text(row, 5, whatAndWhy(a), styles.wrap);
		}
		if (needing.isEmpty()) {
			SheetWriter.text(out.row(), 0, "No area needs intensive or targeted support this run.", styles.text);
		}
	}

	private static void borderlineElsewhere(SheetWriter out, ReportData data, ReportStyles styles) {
		List<AreaScore> borderline = data.areas()
			.stream()
			.filter(a -> a.tier() != null && a.tier() <= 2 && Boolean.TRUE.equals(a.certainty().borderline()))
			.sorted(Comparator.comparing((AreaScore a) -> a.certainty().p(a.tier())))
			.toList();
		if (borderline.isEmpty()) {
			return;
		}
		SheetWriter.text(out.row(), 0, "Borderline in universal support or light touch: their tier could change with the "
				+ "next month's figures", styles.bold);
		out.header(List.of("Area", "Region", "Support tier", "How sure (share of simulated draws)", "", "Why this tier"));
		for (AreaScore a : borderline) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.area().region(), styles.text);
			SheetWriter.text(row, 2, tierLabel(a), styles.tier(a.tier()));
			SheetWriter.text(row, 3, howSure(data, a), styles.wrap);
			SheetWriter.text(row, 5, whatAndWhy(a), styles.wrap);
		}
		out.skip(1);
	}

	private static void notScored(SheetWriter out, ReportData data, ReportStyles styles) {
		List<AreaScore> notScored = data.areas().stream().filter(a -> !a.scored()).toList();
		if (notScored.isEmpty()) {
			return;
		}
		SheetWriter.text(out.row(), 0, "Not scored, and why", styles.bold);
		out.header(List.of("Area", "Region", "", "", "", "Why it is not scored"));
		for (AreaScore a : notScored) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.area().region(), styles.text);
			String why = a.reasons().isEmpty() ? "" : a.reasons().get(0).replaceFirst("^not scored: ", "");
			SheetWriter.text(row, 5, why.isEmpty() ? "" : Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".",
					styles.wrap);
		}
		out.skip(1);
	}

	private static void chart(SheetWriter out, XSSFSheet drawingSheet, ReportData data, ChartColumns columns) {
		if (data.areas().stream().noneMatch(a -> a.unexplainedPace() != null)) {
			return;
		}
		int before = out.nextRow();
		out.sheet().setRowBreak(before);
		out.skip(1);
		out.paragraph("How to read the chart: each dot is an area. Across is its overall level (right is better than "
				+ "typical); up is how much faster it is improving than its circumstances explain (below the grey dashed "
				+ "line, slower). The bar through a dot is its 95% interval: a bar that crosses the line could be chance. "
				+ "Left of the red dashed line is the bottom fifth of areas; bottom left is where intensive support is "
				+ "needed. The areas needing support and the borderline areas are named.", COLUMNS);
		int top = out.nextRow();
		QuadrantChart.draw(drawingSheet, new int[] { 0, top, COLUMNS, top + CHART_ROWS }, data, columns);
		out.skip(CHART_ROWS);
	}

}
