package org.urgentaction.mailing;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP transport that asks, after the whole message has been transmitted and just
 * before the final {@code "."} that commits it at the server, whether it may go: the
 * sender records the hand-over in the database at that moment. A message is thus never
 * sent twice; a node that dies in the microseconds between that record and the
 * {@code "."} loses the one message of that connection.
 */
class HandOverTransport extends SMTPTransport {

	private BooleanSupplier handOver;

	private boolean handedOver;

	HandOverTransport(Session session, URLName url, String protocol, boolean ssl) {
		super(session, url, protocol, ssl);
	}

	synchronized void expect(BooleanSupplier handOver) {
		this.handOver = handOver;
		this.handedOver = false;
	}

	synchronized boolean handedOver() {
		return handedOver;
	}

	@Override
	protected synchronized void finishData() throws IOException, MessagingException {
		if (handOver != null && !handOver.getAsBoolean()) {
			throw new HandOverRefused();
		}
		handedOver = true;
		super.finishData();
	}

	/**
	 * The message may not be sent (another node holds it, or its mailing was stopped);
	 * the connection must be dropped without the final {@code "."}.
	 */
	static class HandOverRefused extends MessagingException {

		HandOverRefused() {
			super("The message is no longer held by this node");
		}

	}

}
