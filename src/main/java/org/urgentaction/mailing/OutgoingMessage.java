package org.urgentaction.mailing;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A message in SMTP transmission form. */
interface OutgoingMessage {

	/** The envelope sender address, e.g. ua@localhost (no angle brackets). */
	String from();

	/** The envelope recipient address. */
	String to();

	/**
	 * Writes the message data: CRLF line ends, dot-stuffed (a line starting with "." has
	 * it doubled), ending with CRLF; without the final ".".
	 */
	void writeTo(OutputStream out) throws IOException;

	/**
	 * A MIME message in transmission form: from its From address to its first To address.
	 */
	static OutgoingMessage of(MimeMessage message) throws MessagingException {
		String from = ((InternetAddress) message.getFrom()[0]).getAddress();
		String to = ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
		return new OutgoingMessage() {

			@Override
			public String from() {
				return from;
			}

			@Override
			public String to() {
				return to;
			}

			@Override
			public void writeTo(OutputStream out) throws IOException {
				SmtpDataStream data = new SmtpDataStream(out);
				try {
					message.writeTo(data);
				}
				catch (MessagingException ex) {
					throw new IOException("Cannot write message", ex);
				}
				data.finish();
			}

		};
	}

}
