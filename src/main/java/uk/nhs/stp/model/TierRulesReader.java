package uk.nhs.stp.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.nhs.stp.stats.TierCondition;
import uk.nhs.stp.stats.TierFact;
import uk.nhs.stp.stats.TierRules;

/**
 * Reads the {@code tiers} rules. A condition is {@code always}, a fact ({@code slower_than_explained}),
 * a negated fact ({@code not core_spc_concern}), or {@code all:} / {@code any:} of conditions.
 */
final class TierRulesReader {

	private static final Set<String> RULE_KEYS = Set.of("tier", "name", "when", "monitoring");

	private TierRulesReader() {
	}

	static TierRules read(YamlNode node, Map<Integer, String> monitoring) {
		List<TierRules.Rule> rules = new ArrayList<>();
		List<YamlNode> items = node.sequence();
		for (YamlNode item : items) {
			Map<String, YamlNode> keys = item.mapping(RULE_KEYS);
			YamlNode tierNode = YamlNode.required(item, keys, "tier");
			int tier = tierNode.integer();
			if (tier < 1 || tier > 4) {
				throw tierNode.error("must be 1 to 4 (was " + tier + ")");
			}
			String name = YamlNode.required(item, keys, "name").text();
			TierCondition when = condition(YamlNode.required(item, keys, "when"));
			YamlNode.optional(keys, "monitoring").ifPresent(m -> monitoring.put(tier, m.text()));
			rules.add(new TierRules.Rule(tier, name, when));
		}
		if (rules.isEmpty() || !(rules.get(rules.size() - 1).condition() instanceof TierCondition.Always)) {
			throw node.error("the last tier rule must be 'when: always', so that every scored area gets a tier");
		}
		return new TierRules(List.copyOf(rules));
	}

	static TierCondition condition(YamlNode node) {
		if (node.isScalar()) {
			return literal(node);
		}
		if (node.isSequence()) {
			return new TierCondition.AllOf(children(node));
		}
		Map<String, YamlNode> keys = node.mapping(Set.of("all", "any"));
		if (keys.size() != 1) {
			throw node.error("a condition has exactly one of 'all' or 'any'");
		}
		return keys.containsKey("all") ? new TierCondition.AllOf(children(keys.get("all")))
				: new TierCondition.AnyOf(children(keys.get("any")));
	}

	private static List<TierCondition> children(YamlNode node) {
		List<TierCondition> children = new ArrayList<>();
		for (YamlNode child : node.sequence()) {
			children.add(condition(child));
		}
		if (children.isEmpty()) {
			throw node.error("an empty list of conditions");
		}
		return List.copyOf(children);
	}

	private static TierCondition literal(YamlNode node) {
		String text = node.text();
		if (text.equals("always")) {
			return new TierCondition.Always();
		}
		boolean negated = text.startsWith("not ");
		String code = negated ? text.substring(4).strip() : text;
		TierFact fact = TierFact.fromCode(code).orElseThrow(() -> node.error("unknown fact '" + code
				+ "' (expected always, or one of " + Arrays.stream(TierFact.values())
					.map(TierFact::code)
					.collect(Collectors.joining(", "))
				+ ", optionally preceded by 'not ')"));
		return new TierCondition.Literal(fact, negated);
	}

}
