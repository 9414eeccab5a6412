package org.urgentaction.mailing;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP transport that records each message's hand-over ({@link HandOver}) around the
 * final {@code "."} that commits the message at the server: the record is prepared after
 * the whole message has been transmitted, and committed as soon as the {@code "."} is
 * written, before the server's reply is awaited.
 */
class HandOverTransport extends SMTPTransport {

	private static final Logger log = LoggerFactory.getLogger(HandOverTransport.class);

	private Recorder recorder;

	private HandOver pending;

	private boolean handedOver;

	HandOverTransport(Session session, URLName url, String protocol, boolean ssl) {
		super(session, url, protocol, ssl);
	}

	synchronized void expect(Recorder recorder) {
		this.recorder = recorder;
		this.handedOver = false;
	}

	synchronized boolean handedOver() {
		return handedOver;
	}

	@Override
	protected synchronized void finishData() throws IOException, MessagingException {
		if (recorder == null) {
			super.finishData();
			return;
		}
		HandOver handOver;
		try {
			handOver = recorder.begin();
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("Cannot record the hand-over of a message; it is not sent now", ex);
			throw new HandOverRefused("The hand-over could not be recorded");
		}
		if (handOver == null) {
			throw new HandOverRefused("The message is no longer held by this node");
		}
		try (handOver) {
			pending = handOver;
			super.finishData();
		}
		finally {
			pending = null;
		}
	}

	@Override
	protected void sendCommand(String command) throws MessagingException {
		super.sendCommand(command);
		if (pending != null && ".".equals(command)) {
			handedOver = true;
			try {
				pending.commit();
			}
			catch (SQLException ex) {
				recorder.recordAgain(ex);
			}
		}
	}

	/**
	 * Records the hand-over of the message being sent.
	 */
	interface Recorder {

		/**
		 * The prepared record, or null if the message may not be sent.
		 */
		HandOver begin() throws SQLException;

		/**
		 * The commit failed after the {@code "."} went out: record it another way.
		 */
		void recordAgain(SQLException failure);

	}

	/**
	 * The message may not be sent (another node holds it, its mailing was stopped, or the
	 * database cannot record it); the connection must be dropped without the final
	 * {@code "."}.
	 */
	static class HandOverRefused extends MessagingException {

		HandOverRefused(String reason) {
			super(reason);
		}

	}

}
