package uk.nhs.stp.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.settings.ConfigurationException;

/** Reads {@code jobs/mappings/layouts.yml}: declared layouts for files whose layout is not detected. */
final class LayoutsReader {

	private static final Set<String> KEYS = Set.of("file", "sheet", "header_row", "layout", "metric", "period",
			"area_column", "skip");

	private static final Set<String> KINDS = Set.of("long", "wide_by_period", "wide_by_metric");

	private LayoutsReader() {
	}

	static List<LayoutOverride> read(Path file, ScoringModel model) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Node root = new Yaml(new LoaderOptions()).compose(reader);
			if (root == null) {
				return List.of();
			}
			YamlNode top = new YamlNode(file.toString(), "", root);
			YamlNode layouts = YamlNode.required(top, top.mapping(Set.of("layouts")), "layouts");
			if (layouts.isScalar() && layouts.text().isEmpty()) {
				return List.of();
			}
			List<LayoutOverride> overrides = new ArrayList<>();
			for (YamlNode item : layouts.sequence()) {
				overrides.add(override(item, model));
			}
			return overrides;
		}
		catch (YAMLException ex) {
			throw new ConfigurationException(file + ": not valid YAML: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new ConfigurationException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static LayoutOverride override(YamlNode item, ScoringModel model) {
		Map<String, YamlNode> keys = item.mapping(KEYS);
		String glob = YamlNode.required(item, keys, "file").text();
		String sheet = YamlNode.optional(keys, "sheet").map(YamlNode::text).orElse(null);
		Integer headerRow = YamlNode.optional(keys, "header_row").map(YamlNode::integer).orElse(null);
		if (headerRow != null && headerRow < 1) {
			throw keys.get("header_row").error("must be a row number, 1 or more (was " + headerRow + ")");
		}
		String layout = YamlNode.optional(keys, "layout").map(YamlNode::text).orElse(null);
		if (layout != null && !KINDS.contains(layout)) {
			throw keys.get("layout").error("unknown layout '" + layout + "' (expected long, wide_by_period or wide_by_metric)");
		}
		String metric = YamlNode.optional(keys, "metric").map(YamlNode::text).orElse(null);
		if (metric != null && model.measureUnit(metric).isEmpty()) {
			throw keys.get("metric").error("unknown metric '" + metric + "' (not in " + model.source() + ")");
		}
		Period period = YamlNode.optional(keys, "period").map(node -> PeriodParser.parse(node.text())
			.orElseThrow(() -> node.error("'" + node.text() + "' is not a period (" + PeriodParser.ACCEPTED + ")")))
			.orElse(null);
		Integer areaColumn = YamlNode.optional(keys, "area_column").map(LayoutsReader::column).orElse(null);
		boolean skip = YamlNode.optional(keys, "skip").map(YamlNode::bool).orElse(false);
		return new LayoutOverride(glob, sheet, headerRow, layout, metric, period, areaColumn, skip);
	}

	/** Column letters (B) to a 0-based index. */
	private static int column(YamlNode node) {
		String letters = node.text().toUpperCase(java.util.Locale.ROOT);
		if (!letters.matches("[A-Z]{1,3}")) {
			throw node.error("'" + node.text() + "' is not a column letter such as B");
		}
		int index = 0;
		for (char c : letters.toCharArray()) {
			index = index * 26 + (c - 'A' + 1);
		}
		return index - 1;
	}

}
