package uk.nhs.stp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import uk.nhs.stp.cli.CommandLine;
import uk.nhs.stp.settings.RunProperties;
import uk.nhs.stp.settings.StpProperties;

/**
 * stp-analytics: the nightly pipeline that ingests STP metrics, scores each area's development
 * pace against its circumstances and writes the national report. {@code main} hands the
 * arguments to the command line, which owns the exit code.
 */
@SpringBootApplication
@EnableConfigurationProperties({ StpProperties.class, RunProperties.class })
public class StpAnalyticsApplication {

	public static void main(String[] args) {
		System.exit(new CommandLine(StpAnalyticsApplication.class, System.out, System.err,
				CommandLine.callerDir(System.getenv()))
			.execute(args));
	}

}
