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
import uk.nhs.stp.domain.MetricSource;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;

/** Reads the {@code metrics} catalogue of the scoring model. */
final class MetricCatalogueReader {

	static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,49}");

	private static final Set<String> KEYS = Set.of("id", "name", "domain", "unit", "polarity", "kind", "weight",
			"core", "target", "rebase", "short_name", "source");

	private static final Set<String> SOURCE_KEYS = Set.of("header", "prefer", "numerator", "denominator", "frequency");

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
		MetricSource source = YamlNode.optional(keys, "source").map(MetricCatalogueReader::source).orElse(MetricSource.NONE);
		String shortName = YamlNode.optional(keys, "short_name").map(YamlNode::text).orElse(name);
		return new Metric(id, name, domain, unit, polarity, kind, weight, core, target,
				rebase.stream().sorted().toList(), shortName, source);
	}

	/** The optional {@code source} block: header phrases, a preferred qualifier, numerator and denominator. */
	private static MetricSource source(YamlNode node) {
		Map<String, YamlNode> keys = node.mapping(SOURCE_KEYS);
		List<String> header = new ArrayList<>();
		YamlNode.optional(keys, "header").ifPresent(h -> {
			if (h.isScalar()) {
				header.add(phrase(h));
			}
			else {
				h.sequence().forEach(item -> header.add(phrase(item)));
			}
		});
		return new MetricSource(header, YamlNode.optional(keys, "prefer").map(MetricCatalogueReader::phrase).orElse(null),
				YamlNode.optional(keys, "numerator").map(MetricCatalogueReader::phrase).orElse(null),
				YamlNode.optional(keys, "denominator").map(MetricCatalogueReader::phrase).orElse(null),
				YamlNode.optional(keys, "frequency").map(MetricCatalogueReader::weekly).orElse(false));
	}

	/** {@code frequency: weekly} (dates are week-ending dates) or {@code monthly}, {@code quarterly}, {@code annual}. */
	private static boolean weekly(YamlNode node) {
		return switch (node.text()) {
			case "weekly" -> true;
			case "monthly", "quarterly", "annual" -> false;
			default -> throw node.error("unknown frequency '" + node.text() + "' (expected weekly, monthly, quarterly or annual)");
		};
	}

	private static String phrase(YamlNode node) {
		String text = node.text();
		if (text.isBlank()) {
			throw node.error("must name the words of a column header");
		}
		return text;
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
