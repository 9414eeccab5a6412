package org.urgentaction.subscriber;

/**
 * A link from a mail that is forged, damaged, expired or names a deleted subscriber.
 */
class InvalidLinkException extends RuntimeException {

	private final boolean expired;

	InvalidLinkException(boolean expired) {
		super(expired ? "The link has expired" : "The link is not valid");
		this.expired = expired;
	}

	boolean expired() {
		return expired;
	}

}
