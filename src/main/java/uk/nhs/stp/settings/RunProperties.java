package uk.nhs.stp.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Guards checked before a run starts ({@code stp.run.*} in {@code jobs/application.properties}).
 *
 * @param minFreeMb free space, in megabytes, the disk holding the database must have (beyond three
 * times the size of the files waiting) for a run to start: HSQLDB has been seen to lose commits
 * when its disk fills, so a run that may not fit is not started
 */
@ConfigurationProperties("stp.run")
public record RunProperties(long minFreeMb) {

	public RunProperties {
		if (minFreeMb < 0) {
			throw new ConfigurationException("stp.run.min-free-mb must be at least 0 (was " + minFreeMb + ")");
		}
	}

}
