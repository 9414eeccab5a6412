package org.urgentaction.mailing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;

/**
 * Turns composed content into a MIME message: plain text and HTML alternatives, a
 * Message-ID derived from the outbox entry, and for list mail the one-click unsubscribe
 * headers of RFC 2369 and RFC 8058.
 */
@Component
class MimeMessages {

	static {
		// Jakarta Mail looks up its stream provider with a ServiceLoader for every part
		// of
		// every message; inside the packaged application that costs more than writing the
		// message. Naming the implementation skips the lookup.
		String provider = "jakarta.mail.util.StreamProvider";
		if (System.getProperty(provider) == null) {
			System.setProperty(provider, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final Session session;

	private final InternetAddress from;

	private final String domain;

	MimeMessages(JavaMailSenderImpl mail, AppProperties properties) throws MessagingException {
		this.session = mail.getSession();
		this.from = new InternetAddress(properties.mailing().from(), true);
		String host = URI.create(properties.site().baseUrl()).getHost();
		this.domain = (host == null) ? "localhost" : host;
	}

	MimeMessage create(long outboxId, String to, MailComposer.Composed content) throws MessagingException {
		String messageId = "<outbox-" + outboxId + "@" + domain + ">";
		OutboxMimeMessage message = new OutboxMimeMessage(session, messageId);
		message.setFrom(from);
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
		message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
		if (content.listMail()) {
			message.setHeader("List-Unsubscribe", "<" + content.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			message.setHeader("Precedence", "bulk");
		}
		message.setHeader("Auto-Submitted", "auto-generated");
		MimeMultipart alternatives = new MimeMultipart("alternative");
		alternatives.addBodyPart(part("text/plain", content.text()));
		alternatives.addBodyPart(part("text/html", content.html()));
		message.setContent(alternatives);
		message.saveChanges();
		message.encode();
		return message;
	}

	private static MimeBodyPart part(String type, String content) throws MessagingException {
		InternetHeaders headers = new InternetHeaders();
		headers.setHeader("Content-Type", type + "; charset=UTF-8");
		headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
		return new MimeBodyPart(headers, QuotedPrintable.encode(content));
	}

	/**
	 * A message encoded once, when it is complete: the SMTP transport then copies its
	 * bytes in bulk instead of receiving the transfer encoding's output a byte at a time
	 * (which cost more than everything else of sending a message).
	 */
	static final class OutboxMimeMessage extends MimeMessage {

		private final String messageId;

		private byte[] encoded;

		OutboxMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

		void encode() throws MessagingException {
			ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
			try {
				super.writeTo(out, null);
			}
			catch (IOException ex) {
				throw new MessagingException("Cannot encode message " + messageId, ex);
			}
			encoded = out.toByteArray();
		}

		/**
		 * Writes the encoded message; the headers a transport asks to leave out (Bcc,
		 * Content-Length) are never set on outbox messages.
		 */
		@Override
		public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
			if (encoded == null) {
				super.writeTo(out, ignoreList);
				return;
			}
			out.write(encoded);
		}

	}

}
