package uk.nhs.stp.score;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.stp.stats.TierFact.CORE_SPC_CONCERN;
import static uk.nhs.stp.stats.TierFact.LEVEL_BOTTOM_QUINTILE;
import static uk.nhs.stp.stats.TierFact.LEVEL_TOP_HALF;
import static uk.nhs.stp.stats.TierFact.PACE_AT_OR_ABOVE_EXPECTED;
import static uk.nhs.stp.stats.TierFact.PACE_BELOW_MEDIAN;
import static uk.nhs.stp.stats.TierFact.SLOWER_THAN_EXPLAINED;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.stats.TierFact;
import uk.nhs.stp.stats.TierRules;
import uk.nhs.stp.stats.Verdict;

/**
 * The reasons chosen on every path through the shipped tier rules (method §6), in words a director
 * acts on: the facts that decided the tier, what kept a universal-support area out of light touch,
 * late and missing core metrics, and what its circumstances would lead us to expect.
 */
class TierReasonsTests {

	private static final TierRules SHIPPED = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml")).tiers();

	/** Relationship history −0.30, flow +0.10: circumstances explain slower progress, mostly relationship history. */
	private static final FourCircumstances SLOWER_CIRCUMSTANCES = new FourCircumstances(-0.30, 0.02, 0.0, 0.10);

	private static final String SLOWER_SENTENCE = "its circumstances would lead us to expect slower progress than the "
			+ "average area, mostly because of its relationship history";

	@Test
	void intensiveSupportIsExplainedByALowLevelAndPaceSlowerThanItsCircumstancesExplain() {
		assertThat(reasons(EnumSet.of(LEVEL_BOTTOM_QUINTILE, SLOWER_THAN_EXPLAINED, PACE_BELOW_MEDIAN), Verdict.SLOWER, true))
			.containsExactly("overall level in the bottom fifth of areas",
					"improving more slowly than its circumstances explain, with strong evidence", SLOWER_SENTENCE);
	}

	@Test
	void targetedSupportBySlowerPaceAloneSaysSo() {
		assertThat(reasons(EnumSet.of(LEVEL_TOP_HALF, SLOWER_THAN_EXPLAINED), Verdict.SLOWER, false))
			.containsExactly("improving more slowly than its circumstances explain", SLOWER_SENTENCE);
	}

	@Test
	void targetedSupportByLowLevelAndPaceBelowTheMedianNamesBoth() {
		assertThat(reasons(EnumSet.of(LEVEL_BOTTOM_QUINTILE, PACE_BELOW_MEDIAN, PACE_AT_OR_ABOVE_EXPECTED),
				Verdict.AS_EXPLAINED, false))
			.containsExactly("overall level in the bottom fifth of areas", "improving more slowly than most areas",
					SLOWER_SENTENCE);
	}

	@Test
	void lightTouchNamesItsThreeConditions() {
		assertThat(reasons(EnumSet.of(LEVEL_TOP_HALF, PACE_AT_OR_ABOVE_EXPECTED), Verdict.AS_EXPLAINED, false))
			.containsExactly("overall level in the top half of areas",
					"improving at least as fast as its circumstances would lead us to expect",
					"no special-cause concern on any core metric", SLOWER_SENTENCE);
	}

	@Test
	void universalSupportBecauseOfACoreSpcConcernSaysSoRatherThanThatNoRuleApplies() {
		// the bug of issue 10: four areas kept out of light touch by an SPC concern read "no rule applies"
		List<String> reasons = TierReasons.reasons(SHIPPED, new TierReasons.Facts(
				EnumSet.of(LEVEL_TOP_HALF, PACE_AT_OR_ABOVE_EXPECTED, CORE_SPC_CONCERN), Verdict.AS_EXPLAINED, false,
				List.of("A&E 4-hour waits"), List.of(), SLOWER_CIRCUMSTANCES));

		assertThat(reasons).containsExactly(
				"kept out of light-touch monitoring by a special-cause concern on A&E 4-hour waits (core metric)", SLOWER_SENTENCE);
		assertThat(String.join(" ", reasons)).doesNotContain("no rule");
	}

	@Test
	void universalSupportBecauseTheLevelIsNotInTheTopHalf() {
		assertThat(reasons(EnumSet.of(PACE_AT_OR_ABOVE_EXPECTED), Verdict.AS_EXPLAINED, false))
			.containsExactly("kept out of light-touch monitoring by overall level not in the top half of areas", SLOWER_SENTENCE);
	}

	@Test
	void universalSupportBecausePaceIsALittleBelowExpectationNamesEveryMissingCondition() {
		assertThat(reasons(EnumSet.noneOf(TierFact.class), Verdict.AS_EXPLAINED, false)).containsExactly(
				"kept out of light-touch monitoring by overall level not in the top half of areas and improving a little less "
						+ "fast than its circumstances would lead us to expect (within chance)",
				SLOWER_SENTENCE);
		assertThat(reasons(EnumSet.of(LEVEL_TOP_HALF), Verdict.AS_EXPLAINED, false))
			.first()
			.isEqualTo("kept out of light-touch monitoring by improving a little less fast than its circumstances would lead us "
					+ "to expect (within chance)");
	}

	@Test
	void lateAndMissingCoreMetricsAreNamedBeforeTheCircumstances() {
		List<String> gaps = List.of("elective waits: the Feb 2019 figure is used (late return; none yet for Mar 2019)");
		List<String> reasons = TierReasons.reasons(SHIPPED, new TierReasons.Facts(
				EnumSet.of(LEVEL_TOP_HALF, PACE_AT_OR_ABOVE_EXPECTED), Verdict.AS_EXPLAINED, false, List.of(), gaps,
				SLOWER_CIRCUMSTANCES));

		assertThat(reasons).hasSize(5);
		assertThat(reasons.get(3)).isEqualTo(gaps.get(0));
		assertThat(reasons.get(4)).isEqualTo(SLOWER_SENTENCE);
	}

	@Test
	void noReasonQuotesAStatistic() {
		for (Set<TierFact> facts : List.of(EnumSet.of(LEVEL_BOTTOM_QUINTILE, SLOWER_THAN_EXPLAINED),
				EnumSet.of(LEVEL_TOP_HALF, CORE_SPC_CONCERN), EnumSet.noneOf(TierFact.class))) {
			List<String> reasons = TierReasons.reasons(SHIPPED, new TierReasons.Facts(facts, Verdict.SLOWER, false,
					List.of("elective waits"), List.of(), SLOWER_CIRCUMSTANCES));
			assertThat(String.join("; ", reasons)).doesNotContainIgnoringCase("residual")
				.doesNotContainIgnoringCase("cut-off")
				.doesNotContain("z ")
				.doesNotContainPattern("[0-9]");
		}
	}

	@Test
	void circumstancesAreWrittenAsTheProgressTheyWouldLeadUsToExpect() {
		assertThat(TierReasons.circumstances(new FourCircumstances(0.1, 0.0, -0.02, 0.3)))
			.isEqualTo("its circumstances would lead us to expect faster progress than the average area, mostly "
					+ "because of its patient flow");
		assertThat(TierReasons.circumstances(new FourCircumstances(0.02, -0.01, 0.0, 0.01)))
			.isEqualTo("its circumstances would lead us to expect about average progress");
	}

	@Test
	void everyFactAndItsNegationHasPlainWords() {
		TierReasons.Facts f = new TierReasons.Facts(EnumSet.noneOf(TierFact.class), Verdict.AS_EXPLAINED, false,
				List.of("elective waits"), List.of(), SLOWER_CIRCUMSTANCES);
		java.util.Set<String> said = new java.util.HashSet<>();
		for (TierFact fact : TierFact.values()) {
			for (boolean negated : new boolean[] { false, true }) {
				String words = TierReasons.words(fact, negated, f);
				assertThat(words).as("%s %s", fact, negated).isNotBlank().doesNotContainPattern("[0-9]")
					.doesNotContain("_").doesNotContainIgnoringCase("z-score");
				said.add(words);
			}
		}
		// no two facts, or a fact and its negation, read the same
		assertThat(said).hasSize(2 * TierFact.values().length);
	}

	private static List<String> reasons(Set<TierFact> facts, Verdict verdict, boolean strong) {
		return TierReasons.reasons(SHIPPED, new TierReasons.Facts(facts, verdict, strong, List.of(), List.of(),
				SLOWER_CIRCUMSTANCES));
	}

}
