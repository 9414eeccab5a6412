package org.urgentaction.reply;

/**
 * One client sent more replies in the last hour than {@code ua.replies} allows; 429.
 */
class TooManySubmissionsException extends RuntimeException {

	TooManySubmissionsException() {
		super("Too many replies from this address; try again later");
	}

}
