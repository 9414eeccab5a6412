package org.urgentaction.action;

/**
 * The report could not be stored now (the node is stopping, too many reports wait, or the
 * database failed); nothing was counted for it unless the client is told otherwise.
 */
class WriterUnavailableException extends RuntimeException {

	WriterUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
