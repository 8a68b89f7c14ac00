package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.stp.model.Circumstances;
import uk.nhs.stp.stats.TierCondition.Literal;
import uk.nhs.stp.stats.TierFact;
import uk.nhs.stp.stats.Verdict;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.Words;

/**
 * Writes the reasons for an area's tier in words, from the numbers that decided it (method §6),
 * and the sentence on what its circumstances explain (method §5).
 */
final class TierReasons {

	private TierReasons() {
	}

	/** The numbers a reason may quote. */
	record Numbers(double level, double pace, double expected, double studentised, double critical,
			boolean strongEvidence, double levelCutOff, double levelMedian, double paceMedian, List<String> spcConcerns,
			FourCircumstances contributions) {
	}

	static List<String> reasons(List<Literal> deciding, Numbers n) {
		List<String> reasons = new ArrayList<>();
		for (Literal literal : deciding) {
			reasons.add(literal.negated() ? negated(literal.fact(), n) : sentence(literal.fact(), n));
		}
		if (reasons.isEmpty()) {
			reasons.add("no rule for more or less support applies: level " + Words.number(n.level()) + ", pace "
					+ Words.number(n.pace()) + " a year against " + Words.number(n.expected()) + " expected");
		}
		reasons.add(circumstances(n.contributions()));
		return reasons;
	}

	private static String sentence(TierFact fact, Numbers n) {
		return switch (fact) {
			case LEVEL_BOTTOM_QUINTILE -> "level " + Words.number(n.level()) + " is in the bottom fifth of areas (cut-off "
					+ Words.number(n.levelCutOff()) + ")";
			case LEVEL_TOP_HALF -> "level " + Words.number(n.level()) + " is in the top half of areas (median "
					+ Words.number(n.levelMedian()) + ")";
			case PACE_BELOW_MEDIAN -> "pace " + Words.number(n.pace()) + " a year is below the median of "
					+ Words.number(n.paceMedian());
			case SLOWER_THAN_EXPLAINED, FASTER_THAN_EXPLAINED -> paceAgainstExpected(fact, n);
			case PACE_AT_OR_ABOVE_EXPECTED -> "pace " + Words.number(n.pace()) + " a year is at or above the "
					+ Words.number(n.expected()) + " its circumstances explain";
			case CORE_SPC_CONCERN -> "special cause concern on core metric(s): " + String.join(", ", n.spcConcerns());
		};
	}

	private static String paceAgainstExpected(TierFact fact, Numbers n) {
		Verdict verdict = fact == TierFact.SLOWER_THAN_EXPLAINED ? Verdict.SLOWER : Verdict.FASTER;
		return "pace " + Words.number(n.pace()) + " a year is " + verdict.words() + " (" + Words.number(n.expected())
				+ " expected; studentised residual " + Words.number(n.studentised()) + ", beyond \u00b1"
				+ Words.number(n.critical()) + (n.strongEvidence() ? "; strong evidence" : "") + ")";
	}

	private static String negated(TierFact fact, Numbers n) {
		return switch (fact) {
			case LEVEL_BOTTOM_QUINTILE -> "level " + Words.number(n.level()) + " is above the bottom fifth (cut-off "
					+ Words.number(n.levelCutOff()) + ")";
			case LEVEL_TOP_HALF -> "level " + Words.number(n.level()) + " is not in the top half (median "
					+ Words.number(n.levelMedian()) + ")";
			case PACE_BELOW_MEDIAN -> "pace " + Words.number(n.pace()) + " a year is at or above the median of "
					+ Words.number(n.paceMedian());
			case SLOWER_THAN_EXPLAINED -> "pace is not slower than its circumstances explain";
			case FASTER_THAN_EXPLAINED -> "pace is not faster than its circumstances explain";
			case PACE_AT_OR_ABOVE_EXPECTED -> "pace " + Words.number(n.pace()) + " a year is below the "
					+ Words.number(n.expected()) + " its circumstances explain";
			case CORE_SPC_CONCERN -> "no special cause concern on any core metric";
		};
	}

	/** "its circumstances explain a pace 0.30 below average, mostly its patient flow (−0.20)". */
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
		String direction = total >= 0 ? " above" : " below";
		return "its circumstances explain a pace " + Words.number(Math.abs(total)) + direction + " average, mostly its "
				+ Circumstances.WORDS.get(largest) + " (" + Words.signed(values.get(largest)) + ")";
	}

}
