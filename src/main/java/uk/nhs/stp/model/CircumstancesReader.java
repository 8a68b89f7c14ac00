package uk.nhs.stp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.model.Circumstances.IndexInput;
import uk.nhs.stp.model.Circumstances.Input;
import uk.nhs.stp.model.Circumstances.Transform;

/** Reads the {@code circumstances} section of the scoring model. */
final class CircumstancesReader {

	private static final Set<String> KEYS = Set.of("relationship", "population", "geography", "flow", "peer_weights");

	private static final Set<String> INDEX_KEYS = Set.of("inputs");

	private static final Set<String> INDEX_INPUT_KEYS = Set.of("id", "name", "unit", "weight");

	private static final Set<String> INPUT_KEYS = Set.of("input", "name", "unit", "transform");

	private CircumstancesReader() {
	}

	static Circumstances read(YamlNode node) {
		Map<String, YamlNode> keys = node.mapping(KEYS);
		YamlNode relationship = YamlNode.required(node, keys, "relationship");
		YamlNode inputs = YamlNode.required(relationship, relationship.mapping(INDEX_KEYS), "inputs");
		List<IndexInput> index = new ArrayList<>();
		for (YamlNode item : inputs.sequence()) {
			index.add(indexInput(item));
		}
		if (index.isEmpty() || index.stream().allMatch(i -> i.weight() == 0)) {
			throw inputs.error("the relationship index needs at least one input with a weight other than 0");
		}
		return new Circumstances(List.copyOf(index), input(YamlNode.required(node, keys, "population")),
				input(YamlNode.required(node, keys, "geography")), input(YamlNode.required(node, keys, "flow")),
				YamlNode.optional(keys, "peer_weights").map(CircumstancesReader::peerWeights)
					.orElse(Circumstances.PeerWeights.EQUAL));
	}

	/** {@code beta}, or four weights of at least 0 (not all 0). */
	private static Circumstances.PeerWeights peerWeights(YamlNode node) {
		if (node.isScalar()) {
			if (!node.text().equals("beta")) {
				throw node.error("expected 'beta' or a list of four weights (was '" + node.text() + "')");
			}
			return new Circumstances.PeerWeights(null, true);
		}
		List<Double> weights = new ArrayList<>();
		for (YamlNode item : node.sequence()) {
			double weight = item.number();
			if (weight < 0) {
				throw item.error("must be at least 0 (was " + weight + ")");
			}
			weights.add(weight);
		}
		if (weights.size() != 4 || weights.stream().allMatch(w -> w == 0)) {
			throw node.error("needs four weights (relationship, population, geography, flow), not all 0");
		}
		return new Circumstances.PeerWeights(List.copyOf(weights), false);
	}

	private static IndexInput indexInput(YamlNode item) {
		Map<String, YamlNode> keys = item.mapping(INDEX_INPUT_KEYS);
		String id = MetricCatalogueReader.id(YamlNode.required(item, keys, "id"));
		String name = YamlNode.optional(keys, "name").map(YamlNode::text).orElse(id);
		double weight = YamlNode.required(item, keys, "weight").number();
		return new IndexInput(id, name, unit(keys), weight);
	}

	private static Input input(YamlNode node) {
		Map<String, YamlNode> keys = node.mapping(INPUT_KEYS);
		String id = MetricCatalogueReader.id(YamlNode.required(node, keys, "input"));
		String name = YamlNode.optional(keys, "name").map(YamlNode::text).orElse(id);
		Transform transform = Transform.NONE;
		if (keys.containsKey("transform")) {
			YamlNode t = keys.get("transform");
			transform = switch (t.text().toLowerCase(Locale.ROOT)) {
				case "none" -> Transform.NONE;
				case "log10" -> Transform.LOG10;
				default -> throw t.error("unknown transform '" + t.text() + "' (expected none or log10)");
			};
		}
		return new Input(id, name, unit(keys), transform);
	}

	private static Unit unit(Map<String, YamlNode> keys) {
		if (!keys.containsKey("unit")) {
			return Unit.RATIO;
		}
		YamlNode node = keys.get("unit");
		return Unit.fromCode(node.text()).orElseThrow(() -> node.error("unknown unit '" + node.text() + "'"));
	}

}
