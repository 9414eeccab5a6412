package org.urgentaction.importer.extract;

/**
 * A file of a supported format that cannot be read: empty, damaged, password-protected,
 * too long or too large when unpacked. {@code reason} names a message
 * {@code importer.unreadable.<reason>}.
 */
public class UnreadableDocumentException extends RuntimeException {

	private final String reason;

	public UnreadableDocumentException(String reason) {
		this(reason, null);
	}

	public UnreadableDocumentException(String reason, Throwable cause) {
		super("Unreadable document: " + reason, cause);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

}
