package org.urgentaction.mailing;

import java.io.IOException;

/**
 * The start of a mail transaction, up to the 354 of DATA: sender, recipient and DATA in
 * one write when the server offers PIPELINING, or one command at a time. A refusal ends
 * the transaction (RSET), or drops the session when that is the only way to end it. An
 * address with characters beyond ASCII (RFC 6531) goes out with {@code SMTPUTF8} to a
 * server that offers it, and is refused before anything is sent to one that does not.
 *
 * @param from the envelope sender
 * @param to the envelope recipient
 */
record SmtpEnvelope(String from, String to) {

	/**
	 * Starts the transaction and reads the replies.
	 */
	void start(SmtpSession session) throws IOException, SmtpException {
		if (!sendableBy(session)) {
			throw new Utf8AddressRefused();
		}
		if (session.supports("PIPELINING")) {
			write(session);
			session.flush();
			await(session);
		}
		else {
			reset(session, session.command(mail()), 250);
			reset(session, session.command(recipient()), 250);
			reset(session, session.command("DATA"), 354);
		}
	}

	/**
	 * Buffers the three commands of a pipelined start; {@link #await} reads their
	 * replies. Only for a server that offers PIPELINING.
	 */
	void write(SmtpSession session) throws IOException {
		session.write(mail());
		session.write(recipient());
		session.write("DATA");
	}

	/**
	 * Reads the replies to the commands {@link #write} buffered.
	 */
	void await(SmtpSession session) throws IOException, SmtpException {
		SmtpReplies.Reply mailReply = session.unlessClosing(session.read());
		SmtpReplies.Reply recipientReply = session.unlessClosing(session.read());
		SmtpReplies.Reply data = session.unlessClosing(session.read());
		SmtpReplies.Reply refusal = !mailReply.positive() ? mailReply
				: !recipientReply.positive() ? recipientReply : null;
		if (refusal != null && data.code() == 354) {
			// the server awaits data it must not get: only dropping the session ends it
			session.drop();
			throw SmtpException.refused(refusal);
		}
		reset(session, (refusal != null) ? refusal : data, 354);
	}

	/**
	 * Whether the server can take these addresses: ASCII ones, or any with SMTPUTF8.
	 */
	boolean sendableBy(SmtpSession session) {
		return !needsUtf8() || session.supports("SMTPUTF8");
	}

	private boolean needsUtf8() {
		return !(from + to).chars().allMatch((c) -> c < 128);
	}

	private String mail() {
		return "MAIL FROM:<" + from + ">" + (needsUtf8() ? " SMTPUTF8" : "");
	}

	private String recipient() {
		return "RCPT TO:<" + to + ">";
	}

	private static void reset(SmtpSession session, SmtpReplies.Reply reply, int expected)
			throws IOException, SmtpException {
		if (reply.code() == expected || (expected == 250 && reply.positive())) {
			return;
		}
		session.unlessClosing(reply);
		if (reply.code() < 400) {
			session.drop();
			throw new SmtpException(0, "Unexpected reply: " + reply.code() + " " + reply.text());
		}
		if (!session.command("RSET").positive()) {
			session.drop();
		}
		throw SmtpException.refused(reply);
	}

}
