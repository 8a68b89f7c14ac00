package uk.nhs.stp.ingest.step;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.nhs.stp.PostgresTestServer;

/**
 * Files taken in delivery order within and across runs, on PostgreSQL: the revisions a late return
 * makes are ordered by delivery time and ledger id there too (the store's queries name NULLS
 * FIRST, which is PostgreSQL's opposite default).
 */
@ExtendWith(PostgresTestServer.Required.class)
class DeliveryOrderPostgresIntegrationTests extends DeliveryOrderIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestServer.require().register(registry, "it_delivery");
	}

}
