package org.urgentaction.mailing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;

/**
 * Reads a returned mail: a delivery status notification ({@code multipart/report;
 * report-type=delivery-status}, RFC 3464) gives a bounce per failed or delayed recipient;
 * an abuse report ({@code report-type=feedback-report}, ARF, RFC 5965) a complaint. The
 * outbox message comes from the Message-ID in the returned headers or message. Anything
 * else (an out-of-office reply) gives nothing.
 */
final class BounceParser {

	private static final Pattern OUTBOX_ID = Pattern.compile("<outbox-(\\d+)@");

	private BounceParser() {
	}

	static List<Bounce> parse(Part message) throws MessagingException, IOException {
		return parse(message, null);
	}

	/**
	 * The same, for a mail returned to the per-message address of outbox message
	 * {@code returnedFor} ({@link ReturnPath}), which names the message whatever the mail
	 * quotes.
	 */
	static List<Bounce> parse(Part message, Long returnedFor) throws MessagingException, IOException {
		if (!message.isMimeType("multipart/report")) {
			return List.of();
		}
		String reportType = new ContentType(message.getContentType()).getParameter("report-type");
		Multipart parts = (Multipart) message.getContent();
		String report = null;
		Long outboxId = null;
		String originalTo = null;
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.isMimeType("message/delivery-status") || part.isMimeType("message/feedback-report")) {
				report = text(part);
			}
			else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")) {
				InternetHeaders original = new InternetHeaders(new ByteArrayInputStream(bytes(part)));
				outboxId = outboxId(original.getHeader("Message-ID", null));
				originalTo = original.getHeader("To", null);
			}
		}
		if (report == null) {
			return List.of();
		}
		outboxId = (returnedFor != null) ? returnedFor : outboxId;
		if ("feedback-report".equalsIgnoreCase(reportType)) {
			return complaint(fields(report).get(0), outboxId, originalTo);
		}
		return deliveryStatus(report, outboxId);
	}

	private static List<Bounce> deliveryStatus(String report, Long outboxId) {
		List<Bounce> bounces = new ArrayList<>();
		List<InternetHeaders> groups = fields(report);
		// the first group is about the message, each further one about a recipient
		for (InternetHeaders recipient : groups.subList(Math.min(1, groups.size()), groups.size())) {
			String action = value(recipient, "Action").toLowerCase(Locale.ROOT);
			String status = value(recipient, "Status");
			String address = address(value(recipient, "Final-Recipient"));
			if (address.isEmpty() || !(action.equals("failed") || action.equals("delayed"))) {
				continue;
			}
			Bounce.Kind kind = (action.equals("failed") && status.startsWith("5")) ? Bounce.Kind.HARD
					: Bounce.Kind.SOFT;
			bounces.add(new Bounce(kind, address, outboxId, status, value(recipient, "Diagnostic-Code")));
		}
		return bounces;
	}

	private static List<Bounce> complaint(InternetHeaders report, Long outboxId, String originalTo) {
		if (!value(report, "Feedback-Type").equalsIgnoreCase("abuse")) {
			return List.of();
		}
		String address = address(value(report, "Original-Rcpt-To"));
		if (address.isEmpty() && originalTo != null) {
			address = address(originalTo);
		}
		return List.of(new Bounce(Bounce.Kind.COMPLAINT, address, outboxId, null, "abuse"));
	}

	private static List<InternetHeaders> fields(String report) {
		List<InternetHeaders> groups = new ArrayList<>();
		for (String group : report.replace("\r\n", "\n").split("\n\\s*\n")) {
			if (!group.isBlank()) {
				try {
					groups.add(new InternetHeaders(
							new ByteArrayInputStream((group.strip() + "\n\n").getBytes(StandardCharsets.UTF_8))));
				}
				catch (MessagingException ex) {
					// a broken group tells nothing
				}
			}
		}
		return groups.isEmpty() ? List.of(new InternetHeaders()) : groups;
	}

	private static String value(InternetHeaders headers, String name) {
		String value = headers.getHeader(name, null);
		return (value == null) ? "" : value.strip();
	}

	/** {@code rfc822; a@b.org} or {@code <a@b.org>} as {@code a@b.org}. */
	private static String address(String field) {
		String address = field.contains(";") ? field.substring(field.indexOf(';') + 1) : field;
		address = address.strip();
		int open = address.indexOf('<');
		if (open >= 0 && address.indexOf('>', open) > open) {
			address = address.substring(open + 1, address.indexOf('>', open));
		}
		return address.strip().toLowerCase(Locale.ROOT);
	}

	static Long outboxId(String messageId) {
		if (messageId == null) {
			return null;
		}
		Matcher matcher = OUTBOX_ID.matcher(messageId);
		return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
	}

	private static String text(Part part) throws MessagingException, IOException {
		return new String(bytes(part), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

}
