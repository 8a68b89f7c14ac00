package uk.nhs.stp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Permission;

/**
 * Starts the packaged jar (through Spring Boot's own {@code JarLauncher}) under a security manager
 * that lets everything through except the network: every attempt to connect, resolve a host name,
 * listen, accept or join a multicast group is written to the file named by
 * {@code -Dstp.network-log} and refused. Used by {@link NoNetworkProcessTests}; needs
 * {@code -Djava.security.manager=allow} (Java 17 deprecates the security manager, but it still
 * sees every socket the JVM opens, whichever library opens it).
 */
public final class NoNetworkLauncher {

	private NoNetworkLauncher() {
	}

	public static void main(String[] args) throws Exception {
		Path log = Path.of(System.getProperty("stp.network-log"));
		System.setSecurityManager(new NoNetwork(log));
		Class.forName("org.springframework.boot.loader.launch.JarLauncher")
			.getMethod("main", String[].class)
			.invoke(null, (Object) args);
	}

	/** Allows all but the network. */
	static final class NoNetwork extends SecurityManager {

		private final Path log;

		NoNetwork(Path log) {
			this.log = log;
		}

		@Override
		public void checkPermission(Permission permission) {
		}

		@Override
		public void checkPermission(Permission permission, Object context) {
		}

		@Override
		public void checkConnect(String host, int port) {
			refuse("connect " + host + (port < 0 ? " (name lookup)" : ":" + port));
		}

		@Override
		public void checkConnect(String host, int port, Object context) {
			checkConnect(host, port);
		}

		@Override
		public void checkListen(int port) {
			refuse("listen on port " + port);
		}

		@Override
		public void checkAccept(String host, int port) {
			refuse("accept from " + host + ":" + port);
		}

		@Override
		public void checkMulticast(InetAddress address) {
			refuse("multicast " + address);
		}

		private void refuse(String attempt) {
			try {
				java.io.StringWriter stack = new java.io.StringWriter();
				new Throwable(attempt).printStackTrace(new java.io.PrintWriter(stack));
				Files.writeString(this.log, stack.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			throw new SecurityException("no network for stp-analytics: " + attempt);
		}

	}

}
