package org.urgentaction.action;

/**
 * Too many reports from one client address or for one UA in the current window.
 */
class RateLimitedException extends RuntimeException {

	private final long retryAfterSeconds;

	RateLimitedException(long retryAfterSeconds) {
		super("Too many reports; try again in " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
