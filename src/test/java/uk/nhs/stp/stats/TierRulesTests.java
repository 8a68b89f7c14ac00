package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static uk.nhs.stp.stats.TierFact.CORE_SPC_CONCERN;
import static uk.nhs.stp.stats.TierFact.LEVEL_BOTTOM_QUINTILE;
import static uk.nhs.stp.stats.TierFact.LEVEL_TOP_HALF;
import static uk.nhs.stp.stats.TierFact.PACE_AT_OR_ABOVE_EXPECTED;
import static uk.nhs.stp.stats.TierFact.PACE_BELOW_MEDIAN;
import static uk.nhs.stp.stats.TierFact.SLOWER_THAN_EXPLAINED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.stats.TierCondition.AllOf;
import uk.nhs.stp.stats.TierCondition.Always;
import uk.nhs.stp.stats.TierCondition.AnyOf;
import uk.nhs.stp.stats.TierCondition.Literal;

/** Support-tier rules (method §6): the default rules, first match wins, with deciding facts. */
class TierRulesTests {

	private static final TierRules DEFAULT_RULES = new TierRules(List.of(
			new TierRules.Rule(4, "Intensive support",
					new AllOf(List.of(fact(LEVEL_BOTTOM_QUINTILE), fact(SLOWER_THAN_EXPLAINED)))),
			new TierRules.Rule(3, "Targeted support",
					new AnyOf(List.of(fact(SLOWER_THAN_EXPLAINED),
							new AllOf(List.of(fact(LEVEL_BOTTOM_QUINTILE), fact(PACE_BELOW_MEDIAN)))))),
			new TierRules.Rule(1, "Light-touch monitoring",
					new AllOf(List.of(fact(LEVEL_TOP_HALF), fact(PACE_AT_OR_ABOVE_EXPECTED), not(CORE_SPC_CONCERN)))),
			new TierRules.Rule(2, "Universal support", new Always())));

	@Test
	void firstMatchingRuleWins() {
		// Bottom quintile and slower: rule 1 (tier 4) and rule 2 (tier 3) both hold; tier 4 decides.
		TierRules.Decision decision = DEFAULT_RULES.decide(EnumSet.of(LEVEL_BOTTOM_QUINTILE, SLOWER_THAN_EXPLAINED));

		assertThat(decision.rule().tier()).isEqualTo(4);
		assertThat(decision.deciding()).containsExactly(fact(LEVEL_BOTTOM_QUINTILE), fact(SLOWER_THAN_EXPLAINED));
	}

	@Test
	void anyOfIsDecidedByItsFirstTrueChild() {
		// Slower with pace below median, not in the bottom quintile: tier 4 fails, and in tier 3's
		// AnyOf only the first child holds, so it alone decides.
		TierRules.Decision slower = DEFAULT_RULES.decide(EnumSet.of(SLOWER_THAN_EXPLAINED, PACE_BELOW_MEDIAN));
		// Bottom quintile with pace below median, not slower: the second child decides.
		TierRules.Decision lowAndSlow = DEFAULT_RULES.decide(EnumSet.of(LEVEL_BOTTOM_QUINTILE, PACE_BELOW_MEDIAN));

		assertThat(slower.rule().tier()).isEqualTo(3);
		assertThat(slower.deciding()).containsExactly(fact(SLOWER_THAN_EXPLAINED));
		assertThat(lowAndSlow.rule().tier()).isEqualTo(3);
		assertThat(lowAndSlow.deciding()).containsExactly(fact(LEVEL_BOTTOM_QUINTILE), fact(PACE_BELOW_MEDIAN));
	}

	@Test
	void anyOfReportsOnlyTheFirstTrueChildWhenSeveralHold() {
		AnyOf condition = new AnyOf(List.of(fact(SLOWER_THAN_EXPLAINED),
				new AllOf(List.of(fact(LEVEL_BOTTOM_QUINTILE), fact(PACE_BELOW_MEDIAN)))));
		Set<TierFact> facts = EnumSet.of(SLOWER_THAN_EXPLAINED, LEVEL_BOTTOM_QUINTILE, PACE_BELOW_MEDIAN);

		assertThat(condition.holds(facts)).isTrue();
		assertThat(condition.decidingFacts(facts)).hasValue(List.of(fact(SLOWER_THAN_EXPLAINED)));
		assertThat(condition.decidingFacts(EnumSet.of(LEVEL_BOTTOM_QUINTILE))).isEmpty();
	}

	@Test
	void allOfNeedsEveryChildAndReportsThemAll() {
		AllOf condition = new AllOf(List.of(fact(LEVEL_TOP_HALF), fact(PACE_AT_OR_ABOVE_EXPECTED)));

		assertThat(condition.decidingFacts(EnumSet.of(LEVEL_TOP_HALF, PACE_AT_OR_ABOVE_EXPECTED)))
			.hasValue(List.of(fact(LEVEL_TOP_HALF), fact(PACE_AT_OR_ABOVE_EXPECTED)));
		assertThat(condition.holds(EnumSet.of(LEVEL_TOP_HALF))).isFalse();
		assertThat(condition.decidingFacts(EnumSet.of(LEVEL_TOP_HALF))).isEmpty();
	}

	@Test
	void negatedLiteralHoldsWhenTheFactIsAbsent() {
		TierRules.Decision light = DEFAULT_RULES.decide(EnumSet.of(LEVEL_TOP_HALF, PACE_AT_OR_ABOVE_EXPECTED));
		TierRules.Decision concern = DEFAULT_RULES
			.decide(EnumSet.of(LEVEL_TOP_HALF, PACE_AT_OR_ABOVE_EXPECTED, CORE_SPC_CONCERN));

		assertThat(light.rule().tier()).isEqualTo(1);
		assertThat(light.deciding()).containsExactly(fact(LEVEL_TOP_HALF), fact(PACE_AT_OR_ABOVE_EXPECTED),
				not(CORE_SPC_CONCERN));
		assertThat(concern.rule().tier()).isEqualTo(2);
		assertThat(not(CORE_SPC_CONCERN).holds(EnumSet.of(CORE_SPC_CONCERN))).isFalse();
		assertThat(not(CORE_SPC_CONCERN).holds(EnumSet.noneOf(TierFact.class))).isTrue();
	}

	@Test
	void alwaysCatchesEverythingElseWithNoDecidingFacts() {
		TierRules.Decision decision = DEFAULT_RULES.decide(EnumSet.noneOf(TierFact.class));

		assertThat(decision.rule().tier()).isEqualTo(2);
		assertThat(decision.rule().name()).isEqualTo("Universal support");
		assertThat(decision.deciding()).isEmpty();
	}

	@Test
	void failsWhenNoRuleApplies() {
		TierRules noCatchAll = new TierRules(
				List.of(new TierRules.Rule(4, "Intensive support", fact(SLOWER_THAN_EXPLAINED))));

		assertThatIllegalStateException().isThrownBy(() -> noCatchAll.decide(EnumSet.noneOf(TierFact.class)));
	}

	@Test
	void factCodesRoundTrip() {
		for (TierFact fact : TierFact.values()) {
			assertThat(TierFact.fromCode(fact.code())).hasValue(fact);
		}
		assertThat(LEVEL_BOTTOM_QUINTILE.code()).isEqualTo("level_bottom_quintile");
		assertThat(TierFact.fromCode("LEVEL_BOTTOM_QUINTILE")).isEmpty();
	}

	private static Literal fact(TierFact fact) {
		return new Literal(fact, false);
	}

	private static Literal not(TierFact fact) {
		return new Literal(fact, true);
	}


	@Test
	void theTierTableAgreesWithTheRulesForEveryCombinationOfFacts() {
		int[] table = DEFAULT_RULES.tierTable();

		assertThat(table).hasSize(1 << TierFact.values().length);
		for (int mask = 0; mask < table.length; mask++) {
			assertThat(table[mask]).as("mask %d", mask).isEqualTo(DEFAULT_RULES.decide(TierFacts.set(mask)).rule().tier());
		}
		assertThat(table[TierFacts.bit(LEVEL_BOTTOM_QUINTILE) | TierFacts.bit(SLOWER_THAN_EXPLAINED)]).isEqualTo(4);
	}

	@Test
	void saysWhichLighterRuleFailedAndWhy() {
		// top half, at or above expected, but a core SPC concern: universal, kept out of light touch by the concern
		Set<TierFact> facts = EnumSet.of(LEVEL_TOP_HALF, PACE_AT_OR_ABOVE_EXPECTED, CORE_SPC_CONCERN);

		List<TierRules.Missed> missed = DEFAULT_RULES.lighterRulesMissed(facts);

		assertThat(DEFAULT_RULES.decide(facts).rule().tier()).isEqualTo(2);
		assertThat(missed).hasSize(1);
		assertThat(missed.get(0).rule().tier()).isEqualTo(1);
		assertThat(missed.get(0).failing()).containsExactly(not(CORE_SPC_CONCERN));
	}

	@Test
	void failingFactsOfAnAnyOfAreThoseOfEveryChild() {
		TierCondition targeted = DEFAULT_RULES.rules().get(1).condition();

		assertThat(targeted.failingFacts(EnumSet.of(LEVEL_TOP_HALF))).containsExactly(fact(SLOWER_THAN_EXPLAINED),
				fact(LEVEL_BOTTOM_QUINTILE), fact(PACE_BELOW_MEDIAN));
		assertThat(targeted.failingFacts(EnumSet.of(SLOWER_THAN_EXPLAINED))).isEmpty();
	}

	@Test
	void factsAreWorkedOutFromTheNumbersAndTheCutOffs() {
		TierFacts.Cutoffs cutoffs = TierFacts.Cutoffs.of(new double[] { -2, -1, 0, 1, 2 }, new double[] { 0, 0.1, 0.2, 0.3, 0.4 },
				0.2);
		// type 7: quintile −2 + 0.8·1 = −1.2, median 0, pace median 0.2
		assertThat(cutoffs).isEqualTo(new TierFacts.Cutoffs(-1.2, 0, 0.2));
		int low = TierFacts.mask(-1.2, 0.1, -0.05, Verdict.SLOWER, true, cutoffs);
		assertThat(TierFacts.set(low)).containsExactlyInAnyOrder(LEVEL_BOTTOM_QUINTILE, PACE_BELOW_MEDIAN,
				SLOWER_THAN_EXPLAINED, CORE_SPC_CONCERN);
		int high = TierFacts.mask(0.01, 0.2, 0, Verdict.FASTER, false, cutoffs);
		assertThat(TierFacts.set(high)).containsExactlyInAnyOrder(LEVEL_TOP_HALF, TierFact.FASTER_THAN_EXPLAINED,
				PACE_AT_OR_ABOVE_EXPECTED);
	}
}
