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

}
