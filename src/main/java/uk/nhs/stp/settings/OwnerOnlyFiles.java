package uk.nhs.stp.settings;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folders and files the job creates (database, backups, logs, reports) are readable by their owner
 * and group only: folders {@code rwxrwx---}, files {@code rw-rw----}. The launcher and the systemd
 * unit also set {@code umask 007}; this makes the folders Java creates safe even when the jar is
 * started some other way, since nothing inside a {@code rwxrwx---} folder can be reached by others.
 * Folders that already exist are left as the operator made them. On file systems without POSIX
 * permissions nothing is changed.
 */
public final class OwnerOnlyFiles {

	public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxrwx---");

	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-rw----");

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private OwnerOnlyFiles() {
	}

	/** Like {@link Files#createDirectories}, with each folder it creates made {@code rwxrwx---}. */
	public static Path createDirectories(Path folder) throws IOException {
		List<Path> missing = new ArrayList<>();
		for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
			missing.add(0, p);
		}
		Files.createDirectories(folder);
		for (Path created : missing) {
			restrict(created, FOLDER);
		}
		return folder;
	}

	/** Makes a file the job wrote {@code rw-rw----}. */
	public static void restrictFile(Path file) throws IOException {
		restrict(file, FILE);
	}

	/** Makes a folder the job created {@code rwxrwx---}. */
	public static void restrictFolder(Path folder) throws IOException {
		restrict(folder, FOLDER);
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (POSIX) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

}
