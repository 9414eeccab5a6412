package org.urgentaction.mailing;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.urgentaction.mailing.EncodedMail.Field;
import org.urgentaction.system.AppProperties;

/**
 * Writes the MIME form of the mails: plain text and HTML alternatives in
 * quoted-printable, a Message-ID derived from the outbox entry, and for list mail the
 * one-click unsubscribe headers of RFC 2369 and RFC 8058. A mail is encoded once per
 * mailing and language ({@link EncodedMail}) and addressed to each recipient.
 */
@Component
class MailEncoder {

	private static final DateTimeFormatter DATE = DateTimeFormatter
		.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final SecureRandom random = new SecureRandom();

	private final InternetAddress from;

	private final String fromHeader;

	private final String domain;

	private final ReturnPath returnPath;

	@Autowired
	MailEncoder(AppProperties properties, ReturnPath returnPath) throws AddressException {
		this(properties.mailing().from(), properties.site().baseUrl(), returnPath);
	}

	MailEncoder(String from, String siteUrl) throws AddressException {
		this(from, siteUrl, new ReturnPath(""));
	}

	MailEncoder(String from, String siteUrl, ReturnPath returnPath) throws AddressException {
		this.returnPath = returnPath;
		this.from = new InternetAddress(from, true);
		this.fromHeader = "From: " + MimeUtility.fold(6, this.from.toString()) + "\r\n";
		String host = URI.create(siteUrl).getHost();
		this.domain = (host == null) ? "localhost" : host;
	}

	/**
	 * The mail with the given subject and alternatives, in which the placeholders are
	 * filled in per recipient.
	 */
	EncodedMail encode(String subject, String text, String html, boolean listMail, List<String> textPlaceholders,
			List<String> htmlPlaceholders) {
		return encode(subject, text, html, listMail, textPlaceholders, htmlPlaceholders, null);
	}

	/**
	 * The same from the configured address under another sender name (a national
	 * section's), or under the configured one when {@code senderName} is null.
	 */
	EncodedMail encode(String subject, String text, String html, boolean listMail, List<String> textPlaceholders,
			List<String> htmlPlaceholders, String senderName) {
		String boundary = "=_ua_" + HexFormat.of().formatHex(bytes(12));
		EncodedMail.Builder mail = new EncodedMail.Builder().ascii("Date: ")
			.field(Field.DATE)
			.ascii("\r\n" + fromHeader(senderName) + "To: ")
			.field(Field.TO)
			.ascii("\r\nMessage-ID: ")
			.field(Field.MESSAGE_ID)
			.ascii("\r\nSubject: " + encodeSubject(subject) + "\r\nMIME-Version: 1.0\r\n");
		if (listMail) {
			mail.ascii("List-Unsubscribe: <")
				.field(Field.UNSUBSCRIBE_URL)
				.ascii(">\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nPrecedence: bulk\r\n");
		}
		return mail
			.ascii("Auto-Submitted: auto-generated\r\nContent-Type: multipart/alternative;\r\n\tboundary=\"" + boundary
					+ "\"\r\n\r\n")
			.ascii(partHeader(boundary, "text/plain"))
			.quotedPrintable(text, textPlaceholders)
			.ascii("\r\n" + partHeader(boundary, "text/html"))
			.quotedPrintable(html, htmlPlaceholders)
			.ascii("\r\n--" + boundary + "--\r\n")
			.build();
	}

	/**
	 * The given mail addressed to one recipient.
	 */
	OutgoingMessage address(EncodedMail mail, long outboxId, String to, String unsubscribeUrl,
			Map<String, String> values) {
		if (!to.chars().allMatch((c) -> c > ' ' && c != 127)) {
			throw new IllegalArgumentException("An address with spaces or control characters cannot be mailed");
		}
		Map<Field, String> fields = new EnumMap<>(Field.class);
		fields.put(Field.DATE, DATE.format(Instant.now()));
		fields.put(Field.TO, to);
		fields.put(Field.MESSAGE_ID, "<outbox-" + outboxId + "@" + domain + ">");
		fields.put(Field.UNSUBSCRIBE_URL, (unsubscribeUrl == null) ? "" : unsubscribeUrl);
		return mail.address(returnPath.of(outboxId, from.getAddress()), to, fields, values);
	}

	private String fromHeader(String senderName) {
		if (senderName == null || senderName.isBlank()) {
			return fromHeader;
		}
		try {
			InternetAddress named = new InternetAddress(from.getAddress(), senderName.strip(),
					StandardCharsets.UTF_8.name());
			return "From: " + MimeUtility.fold(6, named.toString()) + "\r\n";
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String partHeader(String boundary, String type) {
		return "--" + boundary + "\r\nContent-Type: " + type
				+ "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
	}

	private static String encodeSubject(String subject) {
		try {
			return MimeUtility.fold(9, MimeUtility.encodeText(subject, StandardCharsets.UTF_8.name(), null));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

}
