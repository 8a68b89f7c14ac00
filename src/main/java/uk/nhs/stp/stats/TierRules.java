package uk.nhs.stp.stats;

import java.util.List;
import java.util.Set;

/**
 * Support-tier rules from the scoring model, evaluated top to bottom; the first that holds
 * decides (method §6).
 */
public record TierRules(List<Rule> rules) {

	/**
	 * @param tier the tier number, 1 (light touch) to 4 (intensive)
	 * @param name the tier's name, e.g. "Intensive support"
	 * @param condition when the rule applies
	 */
	public record Rule(int tier, String name, TierCondition condition) {
	}

	/**
	 * @param rule the rule that decided
	 * @param deciding the facts that decided it, in rule order
	 */
	public record Decision(Rule rule, List<TierCondition.Literal> deciding) {
	}

	/**
	 * @param facts the facts true for the area
	 * @throws IllegalStateException if no rule holds (the model's validation requires a catch-all)
	 */
	public Decision decide(Set<TierFact> facts) {
		for (Rule rule : this.rules) {
			var deciding = rule.condition().decidingFacts(facts);
			if (deciding.isPresent()) {
				return new Decision(rule, deciding.get());
			}
		}
		throw new IllegalStateException("no support-tier rule applies; the last rule must apply to every area");
	}

	/**
	 * The tier for every combination of facts, indexed by {@link TierFacts#mask}: the simulation
	 * (method §9) decides thousands of tiers per area, and a table lookup applies exactly the rules
	 * {@link #decide} applies.
	 */
	public int[] tierTable() {
		int[] table = new int[1 << TierFact.values().length];
		for (int mask = 0; mask < table.length; mask++) {
			table[mask] = decide(TierFacts.set(mask)).rule().tier();
		}
		return table;
	}

	/**
	 * Why the facts do not meet each rule above the one that decided, for rules giving less
	 * support (a lower tier number) than the decided tier: the reason an area is, say, in universal
	 * support rather than light-touch monitoring.
	 * @return per such rule, in rule order, the literals that failed
	 */
	public List<Missed> lighterRulesMissed(Set<TierFact> facts) {
		Decision decision = decide(facts);
		List<Missed> missed = new java.util.ArrayList<>();
		for (Rule rule : this.rules) {
			if (rule == decision.rule()) {
				break;
			}
			if (rule.tier() < decision.rule().tier()) {
				missed.add(new Missed(rule, rule.condition().failingFacts(facts)));
			}
		}
		return missed;
	}

	/**
	 * @param rule a rule that did not apply
	 * @param failing the literals that kept it from applying
	 */
	public record Missed(Rule rule, List<TierCondition.Literal> failing) {
	}

}
