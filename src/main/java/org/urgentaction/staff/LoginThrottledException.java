package org.urgentaction.staff;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed logins for an account or from an address: try again after
 * {@link #retryAfter()}.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; try again in " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

	long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
