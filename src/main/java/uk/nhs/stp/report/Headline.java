package uk.nhs.stp.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.result.Words;

/**
 * The headline of the Summary sheet, in three or four sentences written from the numbers: how
 * many areas in each tier, which need intensive or targeted support and why, and how much of the
 * variation in pace the circumstances explain.
 */
final class Headline {

	/** Areas named in a headline sentence; the rest are counted (a national list can run to thousands). */
	private static final int NAMED = 10;

	private Headline() {
	}

	static List<String> sentences(ReportData data) {
		List<String> sentences = sentences(data.areas(), data.run().fit());
		int last = sentences.size() - 1;
		sentences.add(last, certainty(data));
		sentences.add(last + 1, changes(data));
		sentences.add(last + 2, league(data));
		sentences.removeIf(java.util.Objects::isNull);
		return sentences;
	}

	/** "How sure: 3 of the 9 areas needing support are borderline …". */
	static String certainty(ReportData data) {
		int draws = data.run().tiering().draws();
		if (draws == 0) {
			return null;
		}
		List<AreaScore> needing = data.areas().stream().filter(a -> a.tier() != null && a.tier() >= 3).toList();
		List<String> borderline = needing.stream()
			.filter(a -> Boolean.TRUE.equals(a.certainty().borderline()))
			.map(a -> a.area().name())
			.toList();
		long others = data.areas()
			.stream()
			.filter(a -> a.tier() != null && a.tier() <= 2 && Boolean.TRUE.equals(a.certainty().borderline()))
			.count();
		String sentence = "How sure: re-running the method on " + String.format("%,d", draws)
				+ " simulations of the figures' own uncertainty, ";
		sentence += borderline.isEmpty() ? "every area needing support keeps its tier in at least 80% of them"
				: borderline.size() + " of the " + needing.size() + " areas needing support "
						+ (borderline.size() == 1 ? "is" : "are") + " borderline (" + names(borderline) + ")";
		return sentence + (others > 0 ? "; " + others + " other " + (others == 1 ? "area is" : "areas are")
				+ " borderline between universal support and light touch." : ".");
	}

	/** "A league table of the same figures would blame 2 areas … and miss 1 …". */
	static String league(ReportData data) {
		List<String> blamed = LeaguePanel.blamed(data.areas()).stream().map(a -> a.area().name()).toList();
		List<String> missed = LeaguePanel.missed(data.areas()).stream().map(a -> a.area().name()).toList();
		if (data.areas().stream().noneMatch(a -> a.league().segment() != null)) {
			return null;
		}
		return "A league table of the same figures would put " + count(blamed.size()) + " in its bottom segment whose pace "
				+ "their circumstances explain" + (blamed.isEmpty() ? "" : " (" + names(blamed) + ")") + ", and would miss "
				+ count(missed.size()) + " improving more slowly than their circumstances explain"
				+ (missed.isEmpty() ? "" : " (" + names(missed) + ")") + ".";
	}

	private static String count(int areas) {
		return areas == 0 ? "no areas" : areas == 1 ? "1 area" : areas + " areas";
	}

	/** "Since the report of …, 2 areas need more support (A, B) and 1 less (C)." */
	static String changes(ReportData data) {
		if (data.previousRun() == null) {
			return "This is the first report, so there are no changes to show.";
		}
		List<ChangesSheet.TierChange> changes = ChangesSheet.tierChanges(data);
		List<String> more = changes.stream().filter(c -> c.direction() > 0).map(c -> c.now().area().name()).toList();
		List<String> less = changes.stream().filter(c -> c.direction() < 0).map(c -> c.now().area().name()).toList();
		if (more.isEmpty() && less.isEmpty()) {
			return "Since the report of " + data.previousRun().runDate() + ", no area's support tier has changed.";
		}
		String text = "Since the report of " + data.previousRun().runDate() + ", ";
		List<String> parts = new ArrayList<>();
		if (!more.isEmpty()) {
			parts.add(more.size() + (more.size() == 1 ? " area needs" : " areas need") + " more support (" + names(more) + ")");
		}
		if (!less.isEmpty()) {
			parts.add(less.size() + " less (" + names(less) + ")");
		}
		return text + String.join(" and ", parts) + ".";
	}

	private static String names(List<String> names) {
		String listed = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
		return names.size() > NAMED ? listed + " and " + (names.size() - NAMED) + " more" : listed;
	}

	static List<String> sentences(List<AreaScore> areas, ModelFit fit) {
		List<String> sentences = new ArrayList<>();
		sentences.add(tierCounts(areas));
		for (int tier = 4; tier >= 3; tier--) {
			List<AreaScore> inTier = inTier(areas, tier);
			if (!inTier.isEmpty()) {
				// the reasons are in the table below; the headline only names the areas
				String named = inTier.stream().limit(NAMED).map(a -> a.area().name()).collect(Collectors.joining("; "));
				String more = inTier.size() > NAMED
						? "; and " + String.format("%,d", inTier.size() - NAMED) + " more (see the Support tiers sheet)" : "";
				sentences.add(inTier.get(0).tierName() + " (" + inTier.size() + "): " + named + more + ".");
			}
		}
		sentences.add(modelSentence(fit));
		return sentences;
	}

	static String tierCounts(List<AreaScore> areas) {
		Map<String, Long> counts = new LinkedHashMap<>();
		areas.stream()
			.filter(AreaScore::scored)
			.sorted(Comparator.comparing(AreaScore::tier).reversed())
			.forEach(a -> counts.merge(a.tierName().toLowerCase(), 1L, Long::sum));
		long scored = areas.stream().filter(AreaScore::scored).count();
		String tiers = counts.entrySet()
			.stream()
			.map(e -> e.getValue() + " " + e.getKey())
			.collect(Collectors.joining(", "));
		String sentence = "Of " + areas.size() + " areas, " + scored + " were scored" + (tiers.isEmpty() ? "" : ": " + tiers);
		long notScored = areas.size() - scored;
		return sentence + (notScored > 0 ? "; " + notScored + " could not be scored (see the Support tiers sheet for why)." : ".");
	}

	private static List<AreaScore> inTier(List<AreaScore> areas, int tier) {
		return areas.stream()
			.filter(a -> a.tier() != null && a.tier() == tier)
			.sorted(Comparator.comparing(AreaScore::unexplainedPace))
			.toList();
	}

	private static String modelSentence(ModelFit fit) {
		if (!fit.fitted()) {
			return "Pace could not be compared with circumstances this run: " + fit.note() + ".";
		}
		String sentence = "Circumstances (relationship history, population size, geography and patient flow) explain "
				+ Words.percent(fit.r2()) + " of the differences in pace between the " + fit.n() + " scored areas (adjusted R\u00b2 "
				+ Words.number(fit.adjustedR2()) + ").";
		return fit.note() == null ? sentence : sentence + " Note: " + fit.note() + ".";
	}

}
