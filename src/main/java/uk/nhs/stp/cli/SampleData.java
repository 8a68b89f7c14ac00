package uk.nhs.stp.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import uk.nhs.stp.settings.OwnerOnlyFiles;

/**
 * Copies the shipped sample data into the input folder, as if analysts had dropped it there, so
 * that it loads at once: each copy is dated back past {@code stp.ingest.settle-seconds} (the rule
 * that leaves files still being copied for the next run), one second apart in the delivery order of
 * {@value #ORDER} (bulk files first, the late return last), because ingest takes files in order of
 * modification time, then name.
 */
final class SampleData {

	/** The sample's delivery order, one file name a line ({@code #} starts a comment). */
	static final String ORDER = "delivery-order.txt";

	private static final List<String> NOT_DATA = List.of("readme.md", ORDER);

	/** What was copied, in delivery order. */
	record Copied(Path inputDir, List<String> files) {
	}

	private SampleData() {
	}

	/**
	 * @throws FileNotFoundException if the sample folder does not exist
	 */
	static Copied copy(Path sampleDir, Path inputDir, Path outputDir, long settleSeconds) throws IOException {
		if (sampleDir == null || !Files.isDirectory(sampleDir)) {
			throw new FileNotFoundException("sample folder not found: " + sampleDir + " (set stp.sample-dir)");
		}
		OwnerOnlyFiles.createDirectories(inputDir);
		OwnerOnlyFiles.createDirectories(outputDir);
		List<String> files = deliveryOrder(sampleDir);
		Instant first = Instant.now().minusSeconds(settleSeconds + files.size() + 1);
		for (int i = 0; i < files.size(); i++) {
			Path copy = inputDir.resolve(files.get(i));
			Files.copy(sampleDir.resolve(files.get(i)), copy, StandardCopyOption.REPLACE_EXISTING);
			// complete when copy returns, so dated back past the settle time that protects files
			// still being copied in by someone else; one second apart, in delivery order
			Files.setLastModifiedTime(copy, FileTime.from(first.plusSeconds(i)));
		}
		return new Copied(inputDir, files);
	}

	/** The sample's data files: those listed in {@value #ORDER} first, in its order, then the rest by name. */
	static List<String> deliveryOrder(Path sampleDir) throws IOException {
		List<String> present;
		try (Stream<Path> entries = Files.list(sampleDir)) {
			present = entries.filter(Files::isRegularFile)
				.map(p -> p.getFileName().toString())
				.filter(name -> !name.startsWith(".") && !NOT_DATA.contains(name.toLowerCase(java.util.Locale.ROOT)))
				.sorted()
				.toList();
		}
		List<String> ordered = new ArrayList<>();
		Path manifest = sampleDir.resolve(ORDER);
		if (Files.isRegularFile(manifest)) {
			Files.readAllLines(manifest, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#") && present.contains(line))
				.forEach(ordered::add);
		}
		present.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
		return ordered;
	}

}
