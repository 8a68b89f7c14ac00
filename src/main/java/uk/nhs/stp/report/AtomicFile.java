package uk.nhs.stp.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import uk.nhs.stp.settings.FaultPoints;
import uk.nhs.stp.settings.OwnerOnlyFiles;

/**
 * Writes a file under a hidden temporary name beside its target and moves it into place in one
 * step, so a reader never sees half a file; on failure the temporary file is removed, and the error
 * names the file (a full disk says which file it could not write). The file is made readable by
 * owner and group only before it appears.
 */
final class AtomicFile {

	/** Writes the content to the stream it is given. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicFile() {
	}

	static void write(Path target, Content content) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temporary = temporary(target);
		try {
			// buffered: the zip writer below makes many small writes
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
				FaultPoints.reached("report.file-opened");
				content.writeTo(out);
			}
			OwnerOnlyFiles.restrictFile(temporary);
			FaultPoints.reached("report.file-written");
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileSystemException ex) {
			throw ex;
		}
		catch (IOException ex) {
			FileSystemException named = new FileSystemException(target.toAbsolutePath().toString(), null,
					"cannot be written: " + ex.getMessage());
			named.initCause(ex);
			throw named;
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The hidden name a file is written under until it is complete. */
	static Path temporary(Path target) {
		return target.resolveSibling("." + target.getFileName() + ".part");
	}

	/** Whether a file is a temporary copy left by a write that was cut off. */
	static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(".part");
	}

}
