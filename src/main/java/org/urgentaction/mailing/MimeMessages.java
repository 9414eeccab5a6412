package org.urgentaction.mailing;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
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
		MimeMessage message = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		message.setFrom(from);
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
		message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
		if (content.listMail()) {
			message.setHeader("List-Unsubscribe", "<" + content.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			message.setHeader("Precedence", "bulk");
		}
		message.setHeader("Auto-Submitted", "auto-generated");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
		MimeMultipart alternatives = new MimeMultipart("alternative");
		alternatives.addBodyPart(text);
		alternatives.addBodyPart(html);
		message.setContent(alternatives);
		message.saveChanges();
		return message;
	}

}
