package uk.nhs.stp.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's progress lines: one per file and step, short and without timestamps. They go
 * through the logger {@value #LOGGER}, which {@code logback-spring.xml} sends to the console as the
 * bare message and, like every other logger, to the log file in full. Everything else is logged to
 * the file only.
 */
public final class Progress {

	/** The logger name the console appender listens to. */
	public static final String LOGGER = "stp.progress";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private Progress() {
	}

	/** One progress line, SLF4J-formatted ({@code {}} placeholders). */
	public static void line(String format, Object... arguments) {
		log.info(format, arguments);
	}

}
