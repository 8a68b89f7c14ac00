package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.nhs.stp.model.Circumstances;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.Words;
import uk.nhs.stp.stats.TierCondition.Literal;
import uk.nhs.stp.stats.TierFact;
import uk.nhs.stp.stats.TierRules;
import uk.nhs.stp.stats.Verdict;

/**
 * Writes the reasons for an area's tier in words a director acts on (method §6, §12): the facts
 * that decided it, never a z-score, residual or cut-off (those are in the Support tiers sheet's
 * number columns and the Methodology). When the catch-all rule decides, the reasons say what kept
 * the area out of each lighter tier, e.g. a special-cause concern on a core metric. Late and
 * missing core metrics are named (method §1), and the last reason says what its circumstances
 * would lead us to expect.
 */
final class TierReasons {

	/** Contributions smaller than this (in pace units) are "about average". */
	private static final double ABOUT_AVERAGE = 0.05;

	private TierReasons() {
	}

	/**
	 * What a reason may say about an area.
	 * @param facts the facts true for it
	 * @param verdict its verdict
	 * @param strongEvidence whether the verdict has strong evidence
	 * @param spcConcerns the core metrics with a special-cause concern, as sentences name them
	 * @param coreGaps sentences naming its late or missing core metrics
	 * @param contributions β·z per circumstance
	 */
	record Facts(Set<TierFact> facts, Verdict verdict, boolean strongEvidence, List<String> spcConcerns,
			List<String> coreGaps, FourCircumstances contributions) {
	}

	static List<String> reasons(TierRules rules, Facts f) {
		TierRules.Decision decision = rules.decide(f.facts());
		List<String> reasons = new ArrayList<>();
		for (Literal literal : decision.deciding()) {
			reasons.add(words(literal.fact(), literal.negated(), f));
		}
		if (reasons.isEmpty()) {
			reasons.addAll(lighterTiersMissed(rules, f));
		}
		if (reasons.isEmpty()) {
			reasons.add("no rule for more or less support applies");
		}
		reasons.addAll(f.coreGaps());
		reasons.add(circumstances(f.contributions()));
		return reasons;
	}

	/** "kept out of light-touch monitoring by a special-cause concern on A&amp;E 4-hour waits (core metric)". */
	private static List<String> lighterTiersMissed(TierRules rules, Facts f) {
		List<String> reasons = new ArrayList<>();
		for (TierRules.Missed missed : rules.lighterRulesMissed(f.facts())) {
			List<String> why = new ArrayList<>();
			// a failing literal is the opposite of what the rule asked for
			missed.failing().forEach(l -> why.add(words(l.fact(), !l.negated(), f)));
			reasons.add("kept out of " + missed.rule().name().toLowerCase(Locale.UK) + " by " + String.join(" and ", why));
		}
		return reasons;
	}

	/** The fact in words, or its negation. */
	static String words(TierFact fact, boolean negated, Facts f) {
		return negated ? negation(fact, f) : statement(fact, f);
	}

	private static String statement(TierFact fact, Facts f) {
		String strong = f.strongEvidence() ? ", with strong evidence" : "";
		return switch (fact) {
			case LEVEL_BOTTOM_QUINTILE -> "overall level in the bottom fifth of areas";
			case LEVEL_TOP_HALF -> "overall level in the top half of areas";
			case PACE_BELOW_MEDIAN -> "improving more slowly than most areas";
			case SLOWER_THAN_EXPLAINED -> "improving more slowly than its circumstances explain" + strong;
			case FASTER_THAN_EXPLAINED -> "improving faster than its circumstances explain" + strong;
			case PACE_AT_OR_ABOVE_EXPECTED -> "improving at least as fast as its circumstances would lead us to expect";
			case CORE_SPC_CONCERN -> "a special-cause concern on " + Words.and(f.spcConcerns()) + " (core "
					+ (f.spcConcerns().size() == 1 ? "metric" : "metrics") + ")";
		};
	}

	private static String negation(TierFact fact, Facts f) {
		return switch (fact) {
			case LEVEL_BOTTOM_QUINTILE -> "overall level above the bottom fifth of areas";
			case LEVEL_TOP_HALF -> "overall level not in the top half of areas";
			case PACE_BELOW_MEDIAN -> "improving at least as fast as most areas";
			case SLOWER_THAN_EXPLAINED -> "not improving more slowly than its circumstances explain";
			case FASTER_THAN_EXPLAINED -> "not improving faster than its circumstances explain";
			case PACE_AT_OR_ABOVE_EXPECTED -> f.verdict() == Verdict.SLOWER
					? "improving more slowly than its circumstances explain"
					: "improving a little less fast than its circumstances would lead us to expect (within chance)";
			case CORE_SPC_CONCERN -> "no special-cause concern on any core metric";
		};
	}

	/** "its circumstances would lead us to expect slower progress than the average area, mostly its patient flow". */
	static String circumstances(FourCircumstances contributions) {
		List<Double> values = contributions.asList();
		double total = 0;
		int largest = 0;
		for (int k = 0; k < values.size(); k++) {
			total += values.get(k);
			if (Math.abs(values.get(k)) > Math.abs(values.get(largest))) {
				largest = k;
			}
		}
		if (Math.abs(total) < ABOUT_AVERAGE) {
			return "its circumstances would lead us to expect about average progress";
		}
		return "its circumstances would lead us to expect " + (total > 0 ? "faster" : "slower")
				+ " progress than the average area, mostly because of its " + Circumstances.WORDS.get(largest);
	}


}
