package org.urgentaction.subscriber;

/**
 * The client asked for more confirmation mails this hour than
 * {@code ua.subscriptions.mails-per-client-per-hour}.
 */
public class TooManyConfirmationsException extends RuntimeException {

	public TooManyConfirmationsException() {
		super("Too many subscription requests from this client; try again later");
	}

}
