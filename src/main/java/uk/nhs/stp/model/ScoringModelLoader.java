package uk.nhs.stp.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.stats.TierRules;
import uk.nhs.stp.settings.ConfigurationException;

/**
 * Reads and validates the scoring model (YAML). Any problem stops the run before anything is
 * scored, with a message naming the file, line and key: never a half-scored run.
 */
public final class ScoringModelLoader {

	private static final Set<String> TOP_KEYS = Set.of("thresholds", "metrics", "circumstances", "tiers", "uncertainty");

	private ScoringModelLoader() {
	}

	/**
	 * @param file the model file, e.g. {@code jobs/scoring-model.yml}
	 * @throws ConfigurationException naming the file, line and key of the first problem
	 */
	public static ScoringModel load(Path file) {
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new ConfigurationException(name + ": scoring model not found (set stp.scoring-model)");
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Node root = new Yaml(new LoaderOptions()).compose(reader);
			if (root == null) {
				throw new ConfigurationException(name + ": the scoring model is empty");
			}
			return read(new YamlNode(name, "", root), name);
		}
		catch (YAMLException ex) {
			throw new ConfigurationException(name + ": not valid YAML: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new ConfigurationException(name + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static ScoringModel read(YamlNode root, String name) {
		Map<String, YamlNode> top = root.mapping(TOP_KEYS);
		Thresholds thresholds = ThresholdsReader.read(YamlNode.required(root, top, "thresholds"));
		List<Metric> metrics = MetricCatalogueReader.read(YamlNode.required(root, top, "metrics"));
		Circumstances circumstances = CircumstancesReader.read(YamlNode.required(root, top, "circumstances"));
		checkIdsDistinct(metrics, circumstances, top.get("circumstances"));
		YamlNode tierNode = YamlNode.required(root, top, "tiers");
		Map<Integer, String> monitoring = new LinkedHashMap<>();
		TierRules tiers = TierRulesReader.read(tierNode, monitoring);
		Uncertainty uncertainty = YamlNode.optional(top, "uncertainty").map(UncertaintyReader::read)
			.orElse(Uncertainty.DEFAULTS);
		return new ScoringModel(name, thresholds, List.copyOf(metrics), circumstances, tiers, Map.copyOf(monitoring),
				uncertainty);
	}

	private static void checkIdsDistinct(List<Metric> metrics, Circumstances circumstances, YamlNode node) {
		Set<String> seen = new HashSet<>();
		metrics.forEach(m -> seen.add(m.id()));
		List<String> clashes = new ArrayList<>();
		for (String id : circumstances.inputIds()) {
			if (!seen.add(id)) {
				clashes.add(id);
			}
		}
		if (!clashes.isEmpty()) {
			throw node.error("input id(s) " + clashes + " are also metric ids or used twice; each measure needs its own id");
		}
	}

}
