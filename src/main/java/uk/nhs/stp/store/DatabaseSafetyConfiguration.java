package uk.nhs.stp.store;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.nhs.stp.settings.BackupProperties;

/**
 * The database's safety: a backup before Flyway upgrades an existing database to a newer schema
 * (so an upgrade that goes wrong can be undone by restoring it, README, Operations), durable
 * commits once it is migrated ({@link DurableCommits}), and the backup taken before each run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupProperties.class)
class DatabaseSafetyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSafetyConfiguration.class);

	@Bean
	DatabaseBackup databaseBackup(DataSource dataSource, BackupProperties properties) {
		return new DatabaseBackup(dataSource, properties);
	}

	@Bean
	FlywayMigrationStrategy backUpBeforeUpgrade(DatabaseBackup backup, DataSource dataSource) {
		return flyway -> {
			MigrationInfoService info = flyway.info();
			if (info.current() != null && info.pending().length > 0) {
				String from = info.current().getVersion().getVersion();
				log.info("upgrading the database from schema v{} ({} migration(s) to apply)", from, info.pending().length);
				backup.beforeRun("before-upgrade-from-v" + from);
			}
			flyway.migrate();
			DurableCommits.apply(dataSource);
		};
	}

}
