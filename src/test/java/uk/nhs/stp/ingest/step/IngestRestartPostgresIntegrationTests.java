package uk.nhs.stp.ingest.step;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.nhs.stp.PostgresTestServer;

/**
 * Restarting a file's partition part-way through, on PostgreSQL: the reader carries on at the next
 * uncommitted item and a changed file gets a new ledger id from PostgreSQL's sequence.
 */
@ExtendWith(PostgresTestServer.Required.class)
class IngestRestartPostgresIntegrationTests extends IngestRestartIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestServer.require().register(registry, "it_restart");
	}

}
