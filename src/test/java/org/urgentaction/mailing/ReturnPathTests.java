package org.urgentaction.mailing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Per-message envelope senders (VERP, {@code ua.bounces.return-path}): the sender a mail
 * goes out with at a real SMTP server (GreenMail writes it into Return-Path), and the
 * message a returned mail is for, read back from the address it was delivered to.
 */
@AppTest
class ReturnPathTests extends SmtpConnectionTestBase {

	@Test
	void eachMailGoesOutWithTheReturnPathOfItsOutboxMessage() throws Exception {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		try (SmtpConnection connection = new SmtpConnection(mailer(greenMail.getSmtp().getPort()))) {
			MailEncoder encoder = new MailEncoder("Urgent Action <ua@localhost>", "http://localhost/",
					new ReturnPath("bounces+{id}@example.org"));
			EncodedMail mail = encoder.encode("VERP", "text\n", "<p>html</p>\n", false, List.of(), List.of());
			connection.send(encoder.address(mail, 4711, "one@example.org", null, Map.of()), recorder(),
					"bounces+4712@example.org", "two@example.org");
			connection.send(encoder.address(mail, 4712, "two@example.org", null, Map.of()), recorder());
			assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
			MimeMessage[] received = greenMail.getReceivedMessages();
			assertThat(received[0].getHeader("Return-Path", null)).isEqualTo("<bounces+4711@example.org>");
			assertThat(received[1].getHeader("Return-Path", null)).isEqualTo("<bounces+4712@example.org>");
			assertThat(received[0].getFrom()[0].toString()).contains("ua@localhost");
		}
		finally {
			greenMail.stop();
		}
	}

	@Test
	void withoutATemplateEveryMailHasTheSenderOfTheSite() throws Exception {
		MailEncoder encoder = new MailEncoder("Urgent Action <ua@localhost>", "http://localhost/");
		EncodedMail mail = encoder.encode("Plain", "text\n", "<p>html</p>\n", false, List.of(), List.of());
		assertThat(encoder.address(mail, 1, "one@example.org", null, Map.of()).from()).isEqualTo("ua@localhost");
		assertThat(new ReturnPath("").outboxId(returned("Delivered-To: bounces+5@example.org"))).isNull();
	}

	@Test
	void theMessageIsReadFromTheAddressTheReturnedMailWasDeliveredTo() throws Exception {
		ReturnPath path = new ReturnPath("bounces-{id}@lists.example.org");
		assertThat(path.outboxId(returned("Delivered-To: BOUNCES-123@Lists.Example.org"))).isEqualTo(123L);
		assertThat(path.outboxId(returned("X-Original-To: bounces-77@lists.example.org"))).isEqualTo(77L);
		assertThat(path.outboxId(returned("To: \"Bounces\" <bounces-9@lists.example.org>"))).isEqualTo(9L);
		assertThat(path.outboxId(returned("To: bounces-9@other.example.org"))).isNull();
		assertThat(path.outboxId(returned("To: bounces-x9@lists.example.org"))).isNull();
		assertThatThrownBy(() -> new ReturnPath("bounces@example.org")).hasMessageContaining("{id}");
		assertThatThrownBy(() -> new ReturnPath("bounces@{id}.example.org")).hasMessageContaining("{id}");
	}

	private static MimeMessage returned(String header) throws Exception {
		String raw = header + "\r\nFrom: MAILER-DAEMON@mx.example.net\r\nSubject: Returned\r\n\r\nbody\r\n";
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
	}

}
