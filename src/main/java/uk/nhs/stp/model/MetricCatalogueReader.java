package uk.nhs.stp.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;

/** Reads the {@code metrics} catalogue of the scoring model. */
final class MetricCatalogueReader {

	static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,49}");

	private static final Set<String> KEYS = Set.of("id", "name", "domain", "unit", "polarity", "kind", "weight",
			"core", "target", "rebase", "short_name");

	private MetricCatalogueReader() {
	}

	static List<Metric> read(YamlNode node) {
		List<Metric> metrics = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (YamlNode item : node.sequence()) {
			Metric metric = metric(item);
			if (!ids.add(metric.id())) {
				throw item.error("metric id '" + metric.id() + "' is declared twice");
			}
			metrics.add(metric);
		}
		if (metrics.stream().noneMatch(m -> m.weight() > 0)) {
			throw node.error("at least one metric needs a weight above 0");
		}
		return metrics;
	}

	private static Metric metric(YamlNode item) {
		Map<String, YamlNode> keys = item.mapping(KEYS);
		String id = id(YamlNode.required(item, keys, "id"));
		String name = YamlNode.required(item, keys, "name").text();
		String domain = YamlNode.required(item, keys, "domain").text();
		YamlNode unitNode = YamlNode.required(item, keys, "unit");
		Unit unit = Unit.fromCode(unitNode.text())
			.orElseThrow(() -> unitNode.error("unknown unit '" + unitNode.text() + "' (expected one of "
					+ codes(Unit.values()) + ")"));
		Polarity polarity = polarity(YamlNode.required(item, keys, "polarity"));
		MetricKind kind = kind(YamlNode.required(item, keys, "kind"));
		double weight = YamlNode.optional(keys, "weight").map(YamlNode::number).orElse(1.0);
		if (weight < 0) {
			throw keys.get("weight").error("must be at least 0 (was " + weight + ")");
		}
		boolean core = YamlNode.optional(keys, "core").map(YamlNode::bool).orElse(false);
		Double target = YamlNode.optional(keys, "target").map(YamlNode::number).orElse(null);
		if (target != null && unit.rangeProblem(target).isPresent()) {
			throw keys.get("target").error("target " + target + " is impossible in " + unit.code() + ": "
					+ unit.rangeProblem(target).get());
		}
		List<Period> rebase = new ArrayList<>();
		if (keys.containsKey("rebase")) {
			for (YamlNode period : keys.get("rebase").sequence()) {
				rebase.add(PeriodParser.parse(period.text())
					.orElseThrow(() -> period.error("'" + period.text() + "' is not a period (" + PeriodParser.ACCEPTED + ")")));
			}
		}
		String shortName = YamlNode.optional(keys, "short_name").map(YamlNode::text).orElse(name);
		return new Metric(id, name, domain, unit, polarity, kind, weight, core, target,
				rebase.stream().sorted().toList(), shortName);
	}

	static String id(YamlNode node) {
		String id = node.text();
		if (!ID.matcher(id).matches()) {
			throw node.error("'" + id + "' is not a valid id (lower-case letters, digits and _; starting with a letter)");
		}
		return id;
	}

	private static Polarity polarity(YamlNode node) {
		for (Polarity polarity : Polarity.values()) {
			if (polarity.code().equals(node.text())) {
				return polarity;
			}
		}
		throw node.error("unknown polarity '" + node.text() + "' (expected higher_is_better or lower_is_better)");
	}

	private static MetricKind kind(YamlNode node) {
		for (MetricKind kind : MetricKind.values()) {
			if (kind.code().equals(node.text())) {
				return kind;
			}
		}
		throw node.error("unknown kind '" + node.text() + "' (expected one of " + codes(MetricKind.values()) + ")");
	}

	private static String codes(Enum<?>[] values) {
		List<String> codes = new ArrayList<>();
		for (Enum<?> value : values) {
			codes.add(value.name().toLowerCase(Locale.ROOT));
		}
		return String.join(", ", codes);
	}

}
