package uk.nhs.stp.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.nhs.stp.settings.ConfigurationException;

/**
 * A node of a YAML document with its path and line, so every configuration error can name the
 * file, line and key. SnakeYAML's composed node tree keeps the marks that its object mapping
 * throws away, which is why the model is read from nodes rather than bound to classes.
 */
final class YamlNode {

	private final String file;

	private final String path;

	private final Node node;

	YamlNode(String file, String path, Node node) {
		this.file = file;
		this.path = path;
		this.node = node;
	}

	String path() {
		return this.path;
	}

	int line() {
		return this.node.getStartMark().getLine() + 1;
	}

	ConfigurationException error(String problem) {
		return new ConfigurationException(this.file + " line " + line() + ": " + this.path + ": " + problem);
	}

	Map<String, YamlNode> mapping(Set<String> allowedKeys) {
		if (!(this.node instanceof MappingNode mapping)) {
			throw error("expected a set of keys");
		}
		Map<String, YamlNode> children = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = ((ScalarNode) tuple.getKeyNode()).getValue();
			YamlNode child = new YamlNode(this.file, childPath(key), tuple.getValueNode());
			if (!allowedKeys.contains(key)) {
				throw new YamlNode(this.file, childPath(key), tuple.getKeyNode())
					.error("unknown key (expected one of " + String.join(", ", allowedKeys) + ")");
			}
			children.put(key, child);
		}
		return children;
	}

	List<YamlNode> sequence() {
		if (!(this.node instanceof SequenceNode sequence)) {
			throw error("expected a list");
		}
		List<YamlNode> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			items.add(new YamlNode(this.file, this.path + "[" + items.size() + "]", item));
		}
		return items;
	}

	boolean isScalar() {
		return this.node instanceof ScalarNode;
	}

	boolean isSequence() {
		return this.node instanceof SequenceNode;
	}

	String text() {
		if (!(this.node instanceof ScalarNode scalar)) {
			throw error("expected a single value");
		}
		return scalar.getValue().strip();
	}

	double number() {
		try {
			double value = Double.parseDouble(text());
			if (!Double.isFinite(value)) {
				throw error("must be a finite number (was " + text() + ")");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw error("must be a number (was '" + text() + "')");
		}
	}

	int integer() {
		try {
			return Integer.parseInt(text());
		}
		catch (NumberFormatException ex) {
			throw error("must be a whole number (was '" + text() + "')");
		}
	}

	boolean bool() {
		return switch (text().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> throw error("must be true or false (was '" + text() + "')");
		};
	}

	static YamlNode required(YamlNode parent, Map<String, YamlNode> children, String key) {
		YamlNode child = children.get(key);
		if (child == null) {
			throw parent.error("missing key '" + key + "'");
		}
		return child;
	}

	static Optional<YamlNode> optional(Map<String, YamlNode> children, String key) {
		return Optional.ofNullable(children.get(key));
	}

	private String childPath(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

}
