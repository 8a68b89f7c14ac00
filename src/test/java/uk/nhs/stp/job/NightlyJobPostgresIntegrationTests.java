package uk.nhs.stp.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.nhs.stp.PostgresTestServer;

/**
 * Every test of the nightly job on the sample, on PostgreSQL: the same application with only
 * {@code spring.datasource.url}, {@code username} and {@code password} set, its own schema of the
 * test server migrated by the same Flyway migrations.
 */
@ExtendWith(PostgresTestServer.Required.class)
class NightlyJobPostgresIntegrationTests extends NightlyJobIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestServer.require().register(registry, "it_nightly");
	}

	@Test
	void theseTestsRunOnPostgresql() {
		assertThat(this.jdbcTemplate.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbcTemplate.queryForObject("SELECT current_schema", String.class)).isEqualTo("it_nightly");
	}

}
