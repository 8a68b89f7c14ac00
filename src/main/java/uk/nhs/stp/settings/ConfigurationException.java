package uk.nhs.stp.settings;

/**
 * Bad operator configuration: the message names the file, the line where known, the key and what
 * is wrong. The command line turns it into exit code 2.
 */
public class ConfigurationException extends RuntimeException {

	public ConfigurationException(String message) {
		super(message);
	}

	public ConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}

}
