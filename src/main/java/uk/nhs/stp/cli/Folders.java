package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import uk.nhs.stp.settings.FolderException;

/**
 * Checks the input and output folders before a run starts, so a missing or read-only folder is one
 * clear message naming it (exit code 4) and nothing is changed, rather than a run failing half-way.
 * Writability is tested by creating and removing a hidden file: it also catches read-only mounts,
 * which permission bits do not show, and works the same for root.
 */
final class Folders {

	static final String INPUT = "the input folder (stp.input-dir, --input)";

	static final String OUTPUT = "the output folder (stp.output-dir, --output)";

	private Folders() {
	}

	/** The input folder must exist and be writable: loaded files are moved out of it. */
	static void checkInput(Path input) {
		check(INPUT, input);
	}

	/** The output folder must exist and be writable. */
	static void checkOutput(Path output) {
		check(OUTPUT, output);
	}

	private static void check(String what, Path folder) {
		if (!Files.isDirectory(folder)) {
			throw FolderException.of(what, folder,
					new NoSuchFileException(folder.toAbsolutePath().toString(), null, "no such folder"));
		}
		if (!Files.isReadable(folder)) {
			throw new FolderException(what + " " + folder.toAbsolutePath() + " is not readable (permission denied)");
		}
		try {
			Path probe = Files.createTempFile(folder, ".stp-write-test-", ".tmp");
			Files.delete(probe);
		}
		catch (IOException ex) {
			throw FolderException.of(what, folder, ex);
		}
	}

}
