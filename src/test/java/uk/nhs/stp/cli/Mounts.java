package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Small file systems for the fault tests: a tmpfs of a chosen size (to fill the disk) and a
 * read-only bind mount (root ignores permission bits, but not a read-only mount). Mounting needs
 * root or CAP_SYS_ADMIN; where it is not allowed the test is aborted with a message saying so (it
 * shows as skipped, with the reason), never silently passed. Everything mounted is unmounted on close.
 */
final class Mounts implements AutoCloseable {

	private final Deque<Path> mounted = new ArrayDeque<>();

	private Mounts() {
	}

	/** Checks that this machine lets the test mount a tmpfs, else aborts the test saying why. */
	static Mounts orAbort(Path scratch) throws IOException, InterruptedException {
		Mounts mounts = new Mounts();
		Path probe = Files.createDirectories(scratch.resolve("mount-probe"));
		String failure = mounts.tryRun(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString()));
		Assumptions.assumeTrue(failure == null, () -> "cannot run: this test fills a small tmpfs and makes folders "
				+ "read-only with bind mounts, which needs root or CAP_SYS_ADMIN; 'mount -t tmpfs' said: " + failure);
		mounts.mounted.push(probe);
		return mounts;
	}

	/** Mounts a tmpfs of {@code size} (e.g. "300k") on the folder, which is created if missing. */
	Path tmpfs(Path folder, String size) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0770", "tmpfs", folder.toString()));
		this.mounted.push(folder);
		return folder;
	}

	/** Changes a tmpfs's size, keeping its files (the disk is "mended"). */
	void resize(Path folder, String size) throws IOException, InterruptedException {
		run(List.of("mount", "-o", "remount,size=" + size, folder.toString()));
	}

	/** Makes the folder read-only where it is, files and all. */
	void readOnly(Path folder) throws IOException, InterruptedException {
		run(List.of("mount", "--bind", folder.toString(), folder.toString()));
		this.mounted.push(folder);
		run(List.of("mount", "-o", "remount,bind,ro", folder.toString()));
	}

	/** Undoes the last mount on the folder (a read-only folder becomes writable again). */
	void unmount(Path folder) throws IOException, InterruptedException {
		run(List.of("umount", folder.toString()));
		this.mounted.remove(folder);
	}

	@Override
	public void close() throws Exception {
		while (!this.mounted.isEmpty()) {
			tryRun(List.of("umount", "-l", this.mounted.pop().toString()));
		}
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		String failure = tryRun(command);
		if (failure != null) {
			throw new IOException(String.join(" ", command) + " failed: " + failure);
		}
	}

	/** Runs a command; returns null on success, else what it printed. */
	private String tryRun(List<String> command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return "timed out";
		}
		return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + output;
	}

}
