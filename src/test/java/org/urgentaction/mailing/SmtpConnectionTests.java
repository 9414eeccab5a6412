package org.urgentaction.mailing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMTP client of the outbox sender: PIPELINING, refusals, reconnection,
 * authentication, TLS and dot-stuffing, against a scripted server and GreenMail.
 */
@AppTest
class SmtpConnectionTests {

	@DynamicPropertySource
	static void noSendingThreads(DynamicPropertyRegistry registry) {
		registry.add("ua.mailing.sending", () -> "false");
	}

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailRcptAndDataGoOutInOneWriteWhenTheServerOffersPipelining() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("SIZE 10240000", "PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES");
			connection.send(message("one@example.org", "Hello"), recorder());
			connection.send(message("two@example.org", "Hello"), recorder());
			assertThat(smtp.commandReads()).contains(
					List.of("MAIL FROM:<ua@localhost>", "RCPT TO:<one@example.org>", "DATA"),
					List.of("MAIL FROM:<ua@localhost>", "RCPT TO:<two@example.org>", "DATA"));
			assertThat(smtp.accepted()).containsExactly("one@example.org", "two@example.org");
			assertThat(smtp.sessions()).isEqualTo(1);
		}
	}

	@Test
	void commandsGoOneAtATimeWithoutPipelining() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("SIZE 10240000", "8BITMIME");
			connection.send(message("one@example.org", "Hello"), recorder());
			assertThat(smtp.commandReads()).contains(List.of("MAIL FROM:<ua@localhost>"),
					List.of("RCPT TO:<one@example.org>"), List.of("DATA"));
			assertThat(smtp.accepted()).containsExactly("one@example.org");
		}
	}

	@Test
	void aRefusedRecipientIsReportedWithItsCodeAndGetsNoData() throws Exception {
		for (boolean pipelining : new boolean[] { true, false }) {
			try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
					SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
				smtp.advertise(pipelining ? new String[] { "PIPELINING" } : new String[0]);
				smtp.scriptRecipient("550 5.1.1 No such user here");
				assertThatThrownBy(() -> connection.send(message("gone@example.org", "Secret"), recorder()))
					.isInstanceOfSatisfying(SmtpException.class, (ex) -> assertThat(ex.code()).isEqualTo(550))
					.isNotInstanceOf(HandOverRefused.class);
				assertThat(connection.handedOver()).isFalse();
				assertThat(smtp.received()).doesNotContain("Secret", ".").contains("RSET");
				if (!pipelining) {
					assertThat(smtp.received()).doesNotContain("DATA");
				}
				connection.send(message("next@example.org", "Hello"), recorder());
				assertThat(smtp.accepted()).containsExactly("next@example.org");
				assertThat(smtp.sessions()).as("the connection is kept").isEqualTo(1);
			}
		}
	}

	@Test
	void aRefusedRecipientWhoseDataIsAwaitedAnywayDropsTheConnection() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("PIPELINING");
			smtp.acceptDataWithoutRecipient();
			smtp.scriptRecipient("550 5.1.1 No such user here");
			assertThatThrownBy(() -> connection.send(message("gone@example.org", "Secret"), recorder()))
				.isInstanceOfSatisfying(SmtpException.class, (ex) -> assertThat(ex.code()).isEqualTo(550));
			connection.send(message("next@example.org", "Hello"), recorder());
			assertThat(smtp.received()).doesNotContain("Secret", "RSET");
			assertThat(smtp.accepted()).containsExactly("next@example.org");
			assertThat(smtp.sessions()).isEqualTo(2);
		}
	}

	@Test
	void aReusedConnectionTheServerClosesWith421IsOpenedAgainOnce() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("PIPELINING");
			connection.send(message("first@example.org", "Hello"), recorder());
			smtp.scriptMail("421 4.4.2 Idle for too long");
			connection.send(message("second@example.org", "Hello"), recorder());
			assertThat(smtp.accepted()).containsExactly("first@example.org", "second@example.org");
			assertThat(smtp.sessions()).isEqualTo(2);
		}
	}

	@Test
	void a421OnANewConnectionIsReported() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.scriptMail("421 4.7.0 Too many connections");
			assertThatThrownBy(() -> connection.send(message("first@example.org", "Hello"), recorder()))
				.isInstanceOfSatisfying(SmtpException.class, (ex) -> assertThat(ex.code()).isEqualTo(421));
			assertThat(smtp.sessions()).isEqualTo(1);
			assertThat(smtp.accepted()).isEmpty();
		}
	}

	@Test
	void authenticatesWithPlainWhenTheServerOffersAuth() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
			smtp.advertise("AUTH LOGIN PLAIN", "PIPELINING");
			JavaMailSenderImpl mailer = mailer(smtp.port());
			mailer.setUsername("ua-user");
			mailer.setPassword("secret");
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				connection.send(message("one@example.org", "Hello"), recorder());
			}
			String credentials = Base64.getEncoder()
				.encodeToString("\0ua-user\0secret".getBytes(StandardCharsets.UTF_8));
			assertThat(smtp.received()).contains("AUTH PLAIN " + credentials);
			assertThat(smtp.accepted()).containsExactly("one@example.org");
		}
	}

	@Test
	void aServerThatRefusesEhloIsGreetedWithHelo() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.refuseEhlo();
			connection.send(message("one@example.org", "Hello"), recorder());
			assertThat(smtp.received()).anyMatch((line) -> line.startsWith("HELO "));
			assertThat(smtp.accepted()).containsExactly("one@example.org");
		}
	}

	@Test
	void aRequiredStartTlsTheServerDoesNotOfferFailsTheConnection() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
			JavaMailSenderImpl mailer = mailer(smtp.port());
			mailer.getJavaMailProperties().setProperty("mail.smtp.starttls.required", "true");
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				assertThatThrownBy(() -> connection.send(message("one@example.org", "Hello"), recorder()))
					.isInstanceOfSatisfying(SmtpException.class, (ex) -> assertThat(ex.code()).isZero())
					.hasMessageContaining("STARTTLS");
			}
			assertThat(smtp.received()).noneMatch((line) -> line.startsWith("MAIL"));
		}
	}

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
	void aMimeMessageKeepsItsLinesStartingWithADot() throws Exception {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		try (SmtpConnection connection = new SmtpConnection(mailer(greenMail.getSmtp().getPort()))) {
			MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()));
			mime.setFrom("ua@localhost");
			mime.setRecipients(MimeMessage.RecipientType.TO, "mime@example.org");
			mime.setSubject("Dots");
			mime.setText("first\n.hidden\n.\nlast\n", "US-ASCII");
			mime.saveChanges();
			connection.send(OutgoingMessage.of(mime), recorder());
			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage received = greenMail.getReceivedMessages()[0];
			assertThat(received.getAllRecipients()[0].toString()).isEqualTo("mime@example.org");
			assertThat(GreenMailUtil.getBody(received).split("\r\n")).containsSubsequence("first", ".hidden", ".",
					"last");
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

	private HandOverRecorder recorder() {
		Instant now = Instant.now();
		long subscriber = System.nanoTime();
		outbox.enqueue(subscriber, MessageKind.CONFIRM, now);
		long id = jdbc.sql("select id from outbox_message where subscriber_id = :s")
			.param("s", subscriber)
			.query(Long.class)
			.single();
		outbox.lease(List.of(id), "node-a", now.plus(1, ChronoUnit.HOURS));
		return outbox.handOver(id, "node-a");
	}

	private static JavaMailSenderImpl mailer(int port) {
		JavaMailSenderImpl mailer = new JavaMailSenderImpl();
		mailer.setHost("127.0.0.1");
		mailer.setPort(port);
		return mailer;
	}

	private static OutgoingMessage message(String to, String... body) {
		return new TextMessage(to, List.of(body));
	}

	/**
	 * Plain text lines, dot-stuffed here.
	 */
	record TextMessage(String to, List<String> body) implements OutgoingMessage {

		@Override
		public String from() {
			return "ua@localhost";
		}

		@Override
		public void writeTo(OutputStream out) throws IOException {
			StringBuilder data = new StringBuilder("From: ua@localhost\r\nTo: " + to + "\r\nSubject: Test\r\n\r\n");
			for (String line : body) {
				data.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
			}
			out.write(data.toString().getBytes(StandardCharsets.UTF_8));
		}

	}

}
