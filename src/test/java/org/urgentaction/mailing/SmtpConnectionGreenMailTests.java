package org.urgentaction.mailing;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMTP client of the outbox sender against GreenMail: authentication, dot-stuffing
 * end to end and SMTPS. (GreenMail offers no STARTTLS.)
 */
@AppTest
class SmtpConnectionGreenMailTests extends SmtpConnectionTestBase {

	@Test
	void authenticatesAtGreenMail() throws Exception {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		try {
			greenMail.setUser("ua@localhost", "ua-user", "secret");
			JavaMailSenderImpl mailer = mailer(greenMail.getSmtp().getPort());
			mailer.setUsername("ua-user");
			mailer.setPassword("secret");
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				connection.send(message("auth@example.org", "Hello"), recorder());
			}
			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			mailer.setPassword("wrong");
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				assertThatThrownBy(() -> connection.send(message("auth@example.org", "Hello"), recorder()))
					.isInstanceOfSatisfying(SmtpException.class, (ex) -> assertThat(ex.code()).isZero())
					.hasMessageContaining("535");
			}
		}
		finally {
			greenMail.stop();
		}
	}

	@Test
	void linesStartingWithADotArriveIntact() throws Exception {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		try (SmtpConnection connection = new SmtpConnection(mailer(greenMail.getSmtp().getPort()))) {
			connection.send(message("dots@example.org", "first", ".hidden", ".", "..two", "last"), recorder());
			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage received = greenMail.getReceivedMessages()[0];
			assertThat(GreenMailUtil.getBody(received).split("\r\n")).containsSubsequence("first", ".hidden", ".",
					"..two", "last");
		}
		finally {
			greenMail.stop();
		}
	}

	@Test
	void anEncodedMailKeepsItsLinesStartingWithADot() throws Exception {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		try (SmtpConnection connection = new SmtpConnection(mailer(greenMail.getSmtp().getPort()))) {
			MailEncoder encoder = new MailEncoder("ua@localhost", "http://localhost/");
			EncodedMail mail = encoder.encode("Dots", "first\n.hidden\n.\nph\nlast\n", "<p>.</p>\n.\n", false,
					List.of("ph"), List.of());
			connection.send(encoder.address(mail, 1, "mime@example.org", null, Map.of("ph", ".variable")), recorder());
			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage received = greenMail.getReceivedMessages()[0];
			assertThat(received.getAllRecipients()[0].toString()).isEqualTo("mime@example.org");
			assertThat(MailTestSupport.part(received, "text/plain").split("\r\n")).containsSubsequence("first",
					".hidden", ".", ".variable", "last");
			assertThat(MailTestSupport.part(received, "text/html").split("\r\n")).containsSubsequence("<p>.</p>", ".");
		}
		finally {
			greenMail.stop();
		}
	}

	@Test
	void sendsOverImplicitTls() throws Exception {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
		greenMail.start();
		try {
			JavaMailSenderImpl mailer = mailer(greenMail.getSmtps().getPort());
			mailer.setProtocol("smtps");
			mailer.getJavaMailProperties().setProperty("mail.smtps.ssl.trust", "*");
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				connection.send(message("tls@example.org", "Hello"), recorder());
			}
			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessages()[0])).contains("Hello");
		}
		finally {
			greenMail.stop();
		}
	}

}
