package uk.nhs.stp.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database backup taken before each run ({@code stp.backup.*} in
 * {@code jobs/application.properties}).
 *
 * @param dir the folder the backups go in, one sub-folder each ({@code ${stp.db-dir}-backups} by default)
 * @param keep how many backups are kept, the oldest removed first; 0 turns backups off
 */
@ConfigurationProperties("stp.backup")
public record BackupProperties(Path dir, int keep) {

	public BackupProperties {
		if (dir == null) {
			throw new ConfigurationException("stp.backup.dir is not set");
		}
		if (keep < 0) {
			throw new ConfigurationException("stp.backup.keep must be at least 0 (was " + keep + ")");
		}
	}

}
