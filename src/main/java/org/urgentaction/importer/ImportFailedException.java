package org.urgentaction.importer;

/**
 * A file that could not be imported; {@code reason} names the message
 * {@code importer.unreadable.<reason>}. Answered with 422.
 */
public class ImportFailedException extends RuntimeException {

	private final String reason;

	public ImportFailedException(String reason, Throwable cause) {
		super("Import failed: " + reason, cause);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

	public String messageKey() {
		return "importer.unreadable." + reason;
	}

}
