package org.urgentaction.mailing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail encoded once and addressed to each recipient, read back by Jakarta Mail's
 * parser.
 */
class EncodedMailTests {

	static final String NAME = "ph-name";

	static final String LINK = "ph-link";

	final MailEncoder encoder = encoder();

	final String text = """
			ph-name,

			Серикжан Билаш is at risk. A line with trailing spaces\s\s
			.a line that starts with a dot
			.
			%s
			Manage: ph-link
			""".formatted("a long line with = signs and no break ".repeat(6));

	final String html = "<p>ph-name</p>\n<p lang=\"ar\">العربية</p>\n.\n<a href=\"ph-link\">manage</a>";

	@Test
	void readsBackAsTheTextAndHtmlWithTheRecipientsParts() throws Exception {
		EncodedMail mail = encoder.encode("UA 46/19: Серикжан Билаш released? A long subject that needs folding", text,
				html, true, List.of(NAME, LINK), List.of(NAME, LINK));
		OutgoingMessage first = encoder.address(mail, 7, "one@example.org", "https://ua.example.org/u/1",
				Map.of(NAME, "Dear Jane", LINK, "https://ua.example.org/m/1"));
		OutgoingMessage second = encoder.address(mail, 8, "two@example.org", "https://ua.example.org/u/2",
				Map.of(NAME, ".Dear Ж = friend", LINK, "https://ua.example.org/m/2"));

		MimeMessage one = parse(first);
		assertThat(first.from()).isEqualTo("ua@example.org");
		assertThat(first.to()).isEqualTo("one@example.org");
		assertThat(one.getSubject()).isEqualTo("UA 46/19: Серикжан Билаш released? A long subject that needs folding");
		assertThat(one.getFrom()[0].toString()).isEqualTo("Urgent Action Network <ua@example.org>");
		assertThat(one.getAllRecipients()[0].toString()).isEqualTo("one@example.org");
		assertThat(one.getMessageID()).isEqualTo("<outbox-7@ua.example.org>");
		assertThat(one.getSentDate()).isNotNull();
		assertThat(one.getHeader("List-Unsubscribe", null)).isEqualTo("<https://ua.example.org/u/1>");
		assertThat(one.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(part(one, "text/plain")).isEqualTo(text.replace("ph-name", "Dear Jane")
			.replace("ph-link", "https://ua.example.org/m/1")
			.replace("\n", "\r\n"));
		assertThat(part(one, "text/html")).isEqualTo(html.replace("ph-name", "Dear Jane")
			.replace("ph-link", "https://ua.example.org/m/1")
			.replace("\n", "\r\n"));

		MimeMessage two = parse(second);
		assertThat(two.getMessageID()).isEqualTo("<outbox-8@ua.example.org>");
		assertThat(part(two, "text/plain")).startsWith(".Dear Ж = friend,\r\n").contains("https://ua.example.org/m/2");
	}

	@Test
	void isInTransmissionFormWithShortLines() throws Exception {
		EncodedMail mail = encoder.encode("Subject", text, html, false, List.of(NAME, LINK), List.of(NAME, LINK));
		String data = new String(
				bytes(encoder.address(mail, 1, "one@example.org", null, Map.of(NAME, ".starts with a dot", LINK, "x"))),
				StandardCharsets.US_ASCII);
		assertThat(data).endsWith("\r\n").doesNotContain("List-Unsubscribe");
		for (String line : data.split("\r\n", -1)) {
			assertThat(line.length()).as(line).isLessThanOrEqualTo(77);
			assertThat(line).as(line).doesNotContain("\r").doesNotContain("\n");
			assertThat(line.equals(".") || (line.startsWith(".") && !line.startsWith(".."))).as(line).isFalse();
		}
	}

	@Test
	void refusesAnAddressThatWouldBreakTheHeader() throws Exception {
		EncodedMail mail = encoder.encode("Subject", text, html, false, List.of(NAME, LINK), List.of(NAME, LINK));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> encoder.address(mail, 1, "a@example.org\r\nBcc: b@example.org", null, Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static MailEncoder encoder() {
		try {
			return new MailEncoder("Urgent Action Network <ua@example.org>", "https://ua.example.org/");
		}
		catch (AddressException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MimeMessage parse(OutgoingMessage message) throws Exception {
		String data = new String(bytes(message), StandardCharsets.US_ASCII).replace("\r\n..", "\r\n.");
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(data.getBytes(StandardCharsets.US_ASCII)));
	}

	private static byte[] bytes(OutgoingMessage message) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}

	private static String part(MimeMessage message, String type) throws Exception {
		MimeMultipart alternatives = (MimeMultipart) message.getContent();
		for (int i = 0; i < alternatives.getCount(); i++) {
			if (alternatives.getBodyPart(i).isMimeType(type)) {
				return (String) alternatives.getBodyPart(i).getContent();
			}
		}
		throw new AssertionError("No " + type);
	}

}
