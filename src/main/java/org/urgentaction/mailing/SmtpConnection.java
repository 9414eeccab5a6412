package org.urgentaction.mailing;

import java.io.IOException;
import java.sql.SQLException;

import javax.net.SocketFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection of one sender thread, kept open for many messages and configured by
 * {@code spring.mail.*}. Each message's hand-over ({@link HandOver}) is recorded around
 * the final {@code "."} that commits it at the server: prepared after the whole message
 * is written, committed as soon as the {@code "."} is written, before the server's reply
 * is awaited.
 * <p>
 * After a failure the connection is either in step for the next message or dropped.
 */
class SmtpConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

	private final SmtpSettings settings;

	private final SocketFactory sockets;

	private SmtpSession session;

	/**
	 * The start of a transaction that went out with the end of the previous one, not yet
	 * answered.
	 */
	private SmtpEnvelope pending;

	private boolean handedOver;

	SmtpConnection(JavaMailSenderImpl settings) {
		this(settings, SocketFactory.getDefault());
	}

	SmtpConnection(JavaMailSenderImpl settings, SocketFactory sockets) {
		this.settings = SmtpSettings.of(settings);
		this.sockets = sockets;
	}

	/**
	 * Sends one message; {@code recorder} records it as the server commits it. A reused
	 * connection that the server closed meanwhile (no reply, or 421) is opened again
	 * once, as long as nothing was handed over.
	 * @throws HandOverRefused if the message may not be sent; the connection is dropped
	 * @throws SmtpException if the server refused the message or could not be reached
	 */
	void send(OutgoingMessage message, HandOverRecorder recorder) throws SmtpException {
		send(message, recorder, null);
	}

	/**
	 * The same, and if the server offers PIPELINING the start of the transaction of the
	 * message to {@code next} goes out with the end of this one (it is answered along
	 * with it), so that each message costs one exchange with the server. A message sent
	 * next to someone else finds the connection in the middle of a transaction it cannot
	 * end and drops it.
	 */
	void send(OutgoingMessage message, HandOverRecorder recorder, String next) throws SmtpException {
		send(message, recorder, message.from(), next);
	}

	/**
	 * The same, when the next message has a sender of its own ({@link ReturnPath}).
	 */
	void send(OutgoingMessage message, HandOverRecorder recorder, String nextFrom, String next) throws SmtpException {
		handedOver = false;
		if (pending != null && !pending.equals(envelope(message.from(), message.to()))) {
			abort();
		}
		boolean reused = session != null;
		if (!reused) {
			session = SmtpSession.open(settings, sockets);
		}
		SmtpEnvelope following = (next == null) ? null : envelope(nextFrom, next);
		try {
			transfer(message, recorder, following);
		}
		catch (SmtpException ex) {
			boolean closed = ex.code() == 0 || ex.code() == 421;
			if (!reused || handedOver || !closed || ex instanceof HandOverRefused) {
				throw ex;
			}
			abort();
			session = SmtpSession.open(settings, sockets);
			transfer(message, recorder, following);
		}
	}

	/**
	 * Whether the final {@code "."} of the last message went out.
	 */
	boolean handedOver() {
		return handedOver;
	}

	private SmtpEnvelope envelope(String from, String to) {
		return new SmtpEnvelope((settings.envelopeFrom() != null) ? settings.envelopeFrom() : from, to);
	}

	private void transfer(OutgoingMessage message, HandOverRecorder recorder, SmtpEnvelope next) throws SmtpException {
		try {
			if (pending != null) {
				pending = null;
				envelope(message.from(), message.to()).await(session);
			}
			else {
				envelope(message.from(), message.to()).start(session);
			}
			// the data stays in the buffer, to go out with the final "." in one write
			message.writeTo(session.data());
			handOver(recorder, next);
			SmtpReplies.Reply reply = session.unlessClosing(session.read());
			if (!reply.positive()) {
				throw SmtpException.refused(reply);
			}
		}
		catch (IOException ex) {
			abort();
			throw new SmtpException("Connection to the SMTP server broken", ex);
		}
		catch (RuntimeException ex) {
			abort();
			throw ex;
		}
		catch (SmtpException ex) {
			if (session != null && session.dropped()) {
				session = null;
				pending = null;
			}
			throw ex;
		}
	}

	private void handOver(HandOverRecorder recorder, SmtpEnvelope next) throws IOException, SmtpException {
		HandOver handOver;
		try {
			handOver = recorder.begin();
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("Cannot record the hand-over of a message; it is not sent now", ex);
			abort();
			throw new HandOverRefused("The hand-over could not be recorded");
		}
		if (handOver == null) {
			abort();
			throw new HandOverRefused("The message is no longer held by this node");
		}
		try (handOver) {
			session.write(".");
			if (next != null && session.supports("PIPELINING") && next.sendableBy(session)) {
				next.write(session);
				pending = next;
			}
			session.flush();
			handedOver = true;
			try {
				handOver.commit();
			}
			catch (SQLException ex) {
				recorder.recordAgain(ex);
			}
		}
	}

	/**
	 * Drops the connection without a QUIT, so that a transaction in progress is discarded
	 * by the server.
	 */
	void abort() {
		if (session != null) {
			session.drop();
		}
		session = null;
		pending = null;
	}

	@Override
	public void close() {
		if (session != null && pending == null) {
			try {
				session.command("QUIT");
			}
			catch (IOException ex) {
				// the server may have gone
			}
		}
		abort();
	}

}
