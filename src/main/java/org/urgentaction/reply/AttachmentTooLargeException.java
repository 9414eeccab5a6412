package org.urgentaction.reply;

/**
 * A reply's file over {@code ua.imports.max-file-size}; answered with 413.
 */
class AttachmentTooLargeException extends RuntimeException {

	private final long maxBytes;

	AttachmentTooLargeException(long maxBytes) {
		super("The file is larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	long maxMegabytes() {
		return Math.max(1, maxBytes / (1024 * 1024));
	}

}
