package org.urgentaction.importer;

import java.io.IOException;
import java.util.List;

/**
 * A .zip archive that holds more files or bytes than an import takes; {@code messageKey}
 * with {@code args} says so to the person importing it.
 */
class ArchiveRefusedException extends IOException {

	private final String messageKey;

	private final List<Object> args;

	ArchiveRefusedException(String englishMessage, String messageKey, Object... args) {
		super(englishMessage);
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	String messageKey() {
		return messageKey;
	}

	Object[] args() {
		return args.toArray();
	}

}
