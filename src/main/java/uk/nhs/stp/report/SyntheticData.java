package uk.nhs.stp.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a report knows its figures are synthetic: the file ledger keys every loaded file by the
 * SHA-256 of its content, so the store holds sample data exactly when a loaded file has the
 * content of a file in the sample folder ({@code stp.sample-dir}, {@code jobs/sample}). Renaming
 * a sample file does not hide it, and a real file can never match. The sample README is not data
 * and is left out, as {@code jobs/nightly sample} leaves it out. The hash is worked out here as
 * the ingest step works it out (the report stage may not depend on the ingest stage).
 */
final class SyntheticData {

	/** The notice every sheet of a workbook built on sample data carries. */
	static final String NOTICE = "SYNTHETIC SAMPLE DATA: the figures in this workbook come from the shipped sample "
			+ "files and are made up for demonstration. They are not real NHS figures.";

	private SyntheticData() {
	}

	/** The SHA-256 of each sample file, or none when the folder does not exist. */
	static Set<String> sampleHashes(Path sampleDir) {
		Set<String> hashes = new TreeSet<>();
		if (sampleDir == null || !Files.isDirectory(sampleDir)) {
			return hashes;
		}
		try (Stream<Path> files = Files.list(sampleDir)) {
			files.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
				.forEach(p -> hashes.add(sha256(p)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the sample folder " + sampleDir, ex);
		}
		return hashes;
	}

	static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65_536];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
