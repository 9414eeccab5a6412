package org.urgentaction.mailing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Publishing documents, waiting for mail and reading it, for the mailing tests.
 */
final class MailTestSupport {

	private MailTestSupport() {
	}

	static UaDocument publish(UaService service, String uaNumber, DocumentKind kind, String country, LocalDate deadline,
			String... themes) {
		Target target = new Target(null, "Minister of Justice", "A. Minister", "Ministry of Justice",
				List.of("1 Main Street", "Capital"), country, List.of("minister@justice.example"), List.of(), List.of(),
				List.of(), List.of(), "Dear Minister", false);
		UaDocument draft = new UaDocument(null, null, null, kind, 0, uaNumber, null, country, LocalDate.now(), deadline,
				"Journalist detained in " + country, "A journalist is held incommunicado in " + country + ".",
				List.of(), List.of(target), "Dear Minister, release them.", null, List.of(), null,
				Arrays.asList(themes), null, null, null, 0);
		UaDocument created = service.createDraft(draft, "test");
		return service.publish(created.id(), "test");
	}

	static void await(String what, BooleanSupplier condition) {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/**
	 * Waits long enough for a mail that should not come to have come: until nothing is on
	 * its way ({@link MailPipeline}, seen twice in a row), at most 2.5 s.
	 */
	static void settle() {
		long end = System.nanoTime() + MailPipeline.HORIZON.toNanos();
		int quiet = 0;
		while (quiet < 2 && System.nanoTime() < end) {
			quiet = (MailPipeline.isWatched() && !MailPipeline.busy()) ? quiet + 1 : 0;
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static String to(Message message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The text of the part of the given type ({@code text/plain} or {@code text/html}).
	 */
	static String part(MimeMessage message, String type) {
		try {
			MimeMultipart alternatives = (MimeMultipart) message.getContent();
			for (int i = 0; i < alternatives.getCount(); i++) {
				if (alternatives.getBodyPart(i).isMimeType(type)) {
					return GreenMailUtil.getBody(alternatives.getBodyPart(i)).isEmpty() ? ""
							: String.valueOf(alternatives.getBodyPart(i).getContent());
				}
			}
			throw new AssertionError("No " + type + " part");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first link in the plain-text part whose path starts with {@code prefix}, as a
	 * path on the test server.
	 */
	static String link(MimeMessage message, String prefix) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[^\\s]+)")
			.matcher(part(message, "text/plain"));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + prefix + " in " + part(message, "text/plain"));
		}
		return matcher.group(1);
	}

}
