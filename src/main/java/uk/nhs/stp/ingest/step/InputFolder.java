package uk.nhs.stp.ingest.step;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files waiting in the input folder: regular files at its top level (not the archive and
 * rejected folders beneath it), in the order they were delivered: modification time, then name
 * (method §0), so a late return delivered after a bulk file revises it. Hidden files such as
 * {@code .gitkeep} are not inputs.
 */
public final class InputFolder {

	public static final String ARCHIVE = "archive";

	public static final String REJECTED = "rejected";

	private InputFolder() {
	}

	/**
	 * File names waiting in {@code folder}, in the order they arrived (modification time, then name,
	 * so a late return dropped after the bulk files is read after them and its values are the latest
	 * revision), or empty if the folder does not exist. Symbolic links are listed (and rejected by the
	 * reader, never followed).
	 */
	public static List<String> waiting(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted(Comparator.comparing(InputFolder::modified).thenComparing(p -> p.getFileName().toString()))
				.map(p -> p.getFileName().toString())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the input folder " + folder, ex);
		}
	}

	/** When a file was delivered: its modification time (the epoch if it cannot be read: it vanished). */
	public static java.time.Instant delivered(Path file) {
		return modified(file).toInstant();
	}

	private static java.nio.file.attribute.FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException ex) {
			// vanished since the listing: sorted first, and the reader records it as vanished
			return java.nio.file.attribute.FileTime.fromMillis(0);
		}
	}

	/** Excel's lock file for an open workbook, {@code ~$name.xlsx}. */
	public static boolean isLockFile(String name) {
		return name.startsWith("~$");
	}

	/** Names that browsers and copy tools give a file while it is still arriving. */
	public static boolean isPartialName(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return lower.endsWith(".part") || lower.endsWith(".tmp") || lower.endsWith(".crdownload")
				|| lower.endsWith(".partial") || lower.endsWith(".download") || lower.endsWith(".filepart");
	}

	/** The SHA-256 of a file's content, as 64 hex digits. */
	public static String sha256(Path file) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStreams.NULL);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static final class OutputStreams {

		static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();

	}

}
