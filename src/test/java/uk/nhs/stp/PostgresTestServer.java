package uk.nhs.stp;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The throwaway PostgreSQL server the build starts for the tests ({@code src/test/scripts/postgres-test-server},
 * run by Maven before the tests and stopped after the process tests): a real server on 127.0.0.1,
 * reached as a login role that is not a superuser and owns its database, as the README tells an
 * operator to set one up. Each test class works in a schema of its own, emptied when it starts.
 * Where there is no server (PostgreSQL could not be installed or started, or the tests were started
 * without Maven), the PostgreSQL tests are reported as skipped with the reason, loudly, never passed.
 */
public final class PostgresTestServer {

	/** Written by the script; the tests run from the project folder. */
	static final Path CONNECTION = Path.of("target/postgres-test/connection.properties");

	private static Server server;

	private static String unavailable;

	private PostgresTestServer() {
	}

	/**
	 * The test server.
	 * @param url JDBC URL of the test database
	 * @param username the test role (owns the database, not a superuser)
	 * @param password its password
	 * @param version the server's version
	 */
	public record Server(String url, String username, String password, String version) {

		/** A new, empty schema of the test database (any old one of the name dropped); the URL selects it. */
		public String freshSchema(String schema) {
			JdbcTemplate admin = new JdbcTemplate(dataSource(this.url));
			admin.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			admin.execute("CREATE SCHEMA " + schema);
			return this.url + "?currentSchema=" + schema;
		}

		/** A plain data source (a connection per use) for a URL of this server, as the test role. */
		public DataSource dataSource(String schemaUrl) {
			return new DriverManagerDataSource(schemaUrl, this.username, this.password);
		}

		/** Points a Spring test context at a fresh schema of this server. */
		public void register(DynamicPropertyRegistry registry, String schema) {
			String schemaUrl = freshSchema(schema);
			registry.add("spring.datasource.url", () -> schemaUrl);
			registry.add("spring.datasource.username", this::username);
			registry.add("spring.datasource.password", this::password);
		}

	}

	/** The server, or the calling test is aborted (reported as skipped) saying why there is none. */
	public static synchronized Server require() {
		load();
		Assumptions.assumeTrue(server != null, () -> notRun());
		return server;
	}

	/** Whether there is a server, saying loudly (once) if there is not. */
	public static synchronized boolean available() {
		load();
		return server != null;
	}

	private static String notRun() {
		return "PostgreSQL tests NOT RUN: " + unavailable;
	}

	private static void load() {
		if (server != null || unavailable != null) {
			return;
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(CONNECTION)) {
			p.load(in);
		}
		catch (IOException ex) {
			p.setProperty("reason", "no test server (" + CONNECTION + " is missing: run the tests through Maven, "
					+ "e.g. mvn verify, which starts one)");
		}
		if (Boolean.parseBoolean(p.getProperty("available"))) {
			server = new Server(p.getProperty("url"), p.getProperty("username"), p.getProperty("password"),
					p.getProperty("version"));
		}
		else {
			unavailable = p.getProperty("reason", "unknown");
			System.err.println("### " + notRun());
		}
	}

	/** Disables a test class when there is no server, with the reason (reported as skipped). */
	public static final class Required implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return available() ? ConditionEvaluationResult.enabled("PostgreSQL test server at " + server.url())
					: ConditionEvaluationResult.disabled(notRun());
		}

	}

}
