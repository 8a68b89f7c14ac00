package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Copies the shipped sample data into the input folder, as if analysts had dropped it there. */
final class SampleData {

	private SampleData() {
	}

	/**
	 * @return the number of files copied
	 * @throws java.io.FileNotFoundException if the sample folder does not exist
	 */
	static int copy(Path sampleDir, Path inputDir) throws IOException {
		if (sampleDir == null || !Files.isDirectory(sampleDir)) {
			throw new java.io.FileNotFoundException("sample folder not found: " + sampleDir + " (set stp.sample-dir)");
		}
		Files.createDirectories(inputDir);
		List<Path> files;
		try (Stream<Path> entries = Files.list(sampleDir)) {
			files = entries.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
				.sorted()
				.toList();
		}
		for (Path file : files) {
			Path copy = inputDir.resolve(file.getFileName());
			Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
			// The copy is complete when this returns, so it is dated back past the settle time
			// that protects files still being copied in by someone else.
			Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
		}
		return files.size();
	}

}
