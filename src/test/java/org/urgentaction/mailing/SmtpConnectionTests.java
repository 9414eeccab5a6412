package org.urgentaction.mailing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMTP client of the outbox sender against a scripted server: PIPELINING, refusals,
 * reconnection, HELO, STARTTLS and authentication.
 */
@AppTest
class SmtpConnectionTests extends SmtpConnectionTestBase {

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
	void theNextMessagesEnvelopeGoesOutWithTheEndOfTheCurrentOne() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("PIPELINING");
			connection.send(message("one@example.org", "Hello"), recorder(), "two@example.org");
			connection.send(message("two@example.org", "Hello"), recorder(), "three@example.org");
			connection.send(message("three@example.org", "Hello"), recorder());
			assertThat(smtp.commandReads()).contains(
					List.of(".", "MAIL FROM:<ua@localhost>", "RCPT TO:<two@example.org>", "DATA"),
					List.of(".", "MAIL FROM:<ua@localhost>", "RCPT TO:<three@example.org>", "DATA"), List.of("."));
			assertThat(smtp.accepted()).containsExactly("one@example.org", "two@example.org", "three@example.org");
			assertThat(smtp.sessions()).isEqualTo(1);
		}
	}

	@Test
	void aMessageToSomeoneElseThanTheAnnouncedNextGoesOverANewConnection() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("PIPELINING");
			connection.send(message("one@example.org", "Hello"), recorder(), "two@example.org");
			connection.send(message("three@example.org", "Hello"), recorder());
			assertThat(smtp.accepted()).containsExactly("one@example.org", "three@example.org");
			assertThat(smtp.sessions()).isEqualTo(2);
		}
	}

	@Test
	void theNextEnvelopeWaitsForItsMessageWithoutPipelining() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			connection.send(message("one@example.org", "Hello"), recorder(), "two@example.org");
			assertThat(smtp.commandReads()).filteredOn((group) -> group.get(0).equals("."))
				.isNotEmpty()
				.allSatisfy((group) -> assertThat(group).containsExactly("."));
			connection.send(message("two@example.org", "Hello"), recorder());
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
	void startTlsIsUsedWhenEnabledAndOfferedAndTheMailGoesOutEncrypted() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
			smtp.advertise("PIPELINING", "STARTTLS");
			JavaMailSenderImpl mailer = mailer(smtp.port());
			mailer.getJavaMailProperties().setProperty("mail.smtp.starttls.enable", "true");
			mailer.getJavaMailProperties().setProperty("mail.smtp.ssl.trust", "127.0.0.1");
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				connection.send(message("tls@example.org", "Hello over TLS"), recorder());
			}
			assertThat(smtp.accepted()).containsExactly("tls@example.org");
			List<String> received = smtp.received();
			assertThat(received).containsSubsequence("STARTTLS", "<TLS>", "MAIL FROM:<ua@localhost>", "Hello over TLS");
			assertThat(received.subList(received.indexOf("<TLS>"), received.size()))
				.anyMatch((line) -> line.startsWith("EHLO"));
			assertThat(received.subList(0, received.indexOf("<TLS>"))).noneMatch((line) -> line.startsWith("MAIL"));
		}
	}

	@Test
	void anUntrustedCertificateFailsTheConnectionBeforeAnythingIsSent() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
			smtp.advertise("STARTTLS");
			JavaMailSenderImpl mailer = mailer(smtp.port());
			mailer.getJavaMailProperties().setProperty("mail.smtp.starttls.enable", "true");
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				assertThatThrownBy(() -> connection.send(message("one@example.org", "Secret"), recorder()))
					.isInstanceOfSatisfying(SmtpException.class, (ex) -> assertThat(ex.code()).isZero());
			}
			assertThat(smtp.received()).noneMatch((line) -> line.startsWith("MAIL") || line.equals("Secret"));
		}
	}

	@Test
	void aWriteToAServerThatStopsReadingEndsAtTheWriteTimeout() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
			smtp.stopReadingAtData();
			JavaMailSenderImpl mailer = mailer(smtp.port());
			mailer.getJavaMailProperties().setProperty("mail.smtp.writetimeout", "1000");
			// far more than the socket buffers of both sides hold
			String line = "x".repeat(998);
			String[] body = new String[64 * 1024];
			Arrays.fill(body, line);
			long started = System.nanoTime();
			try (SmtpConnection connection = new SmtpConnection(mailer)) {
				assertThatThrownBy(() -> connection.send(message("hung@example.org", body), recorder()))
					.isInstanceOfSatisfying(SmtpException.class, (ex) -> assertThat(ex.code()).isZero());
				assertThat(connection.handedOver()).isFalse();
			}
			assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
				.isLessThan(java.time.Duration.ofSeconds(8));
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

}
