package org.urgentaction.mailing;

/**
 * The message may not be sent (another node holds it, its mailing was stopped, or the
 * database cannot record it); the connection is dropped without the final {@code "."}.
 */
class HandOverRefused extends SmtpException {

	HandOverRefused(String reason) {
		super(0, reason);
	}

}
