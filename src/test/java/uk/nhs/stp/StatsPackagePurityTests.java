package uk.nhs.stp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Method §0: every number is computed in plain Java "with no Spring or POI in it". Scans the
 * sources of the {@code stats} and {@code domain} packages and fails on any import (or fully
 * qualified use in code) of {@code org.springframework} or {@code org.apache.poi}.
 */
class StatsPackagePurityTests {

	private static final Pattern FORBIDDEN_IMPORT = Pattern
		.compile("^\\s*import\\s+(static\\s+)?(org\\.springframework|org\\.apache\\.poi)\\b.*");

	private static final Pattern FORBIDDEN_REFERENCE = Pattern.compile("\\b(org\\.springframework|org\\.apache\\.poi)\\.");

	@ParameterizedTest
	@ValueSource(strings = { "src/main/java/uk/nhs/stp/stats", "src/main/java/uk/nhs/stp/domain" })
	void usesNeitherSpringNorPoi(String folder) throws IOException {
		Path root = Path.of(folder);
		assertThat(root).as("%s (tests run from the project folder)", folder).isDirectory();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(root)) {
			sources = files.filter(p -> p.toString().endsWith(".java")).toList();
		}
		assertThat(sources).as("Java sources in %s", folder).isNotEmpty();

		List<String> offences = new ArrayList<>();
		for (Path source : sources) {
			List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (FORBIDDEN_IMPORT.matcher(line).matches() || (!isComment(line) && FORBIDDEN_REFERENCE.matcher(line).find())) {
					offences.add(source + ":" + (i + 1) + ": " + line.strip());
				}
			}
		}

		assertThat(offences).as("Spring or POI in %s", folder).isEmpty();
	}

	private static boolean isComment(String line) {
		String trimmed = line.strip();
		return trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*");
	}

}
