package org.urgentaction.mailing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An address with characters beyond ASCII goes out with SMTPUTF8 (RFC 6531) to a server
 * that offers it; for one that does not, it is refused before anything is sent, and the
 * connection goes on with the next message.
 */
@AppTest
class SmtpUtf8Tests extends SmtpConnectionTestBase {

	@Test
	void aServerThatOffersSmtpUtf8GetsTheAddressWithIt() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("PIPELINING", "8BITMIME", "SMTPUTF8");
			connection.send(message("one@example.org", "Hello"), recorder(), "пример@пример.рф");
			connection.send(message("пример@пример.рф", "Hello"), recorder(), "用户@例子.广告");
			connection.send(message("用户@例子.广告", "Hello"), recorder());
			assertThat(smtp.commandReads()).contains(
					List.of("MAIL FROM:<ua@localhost>", "RCPT TO:<one@example.org>", "DATA"),
					List.of(".", "MAIL FROM:<ua@localhost> SMTPUTF8", "RCPT TO:<пример@пример.рф>", "DATA"),
					List.of(".", "MAIL FROM:<ua@localhost> SMTPUTF8", "RCPT TO:<用户@例子.广告>", "DATA"));
			assertThat(smtp.accepted()).containsExactly("one@example.org", "пример@пример.рф", "用户@例子.广告");
			assertThat(smtp.sessions()).isEqualTo(1);
		}
	}

	@Test
	void aServerWithoutSmtpUtf8GetsNothingOfTheAddressAndTheNextMessageGoesOut() throws Exception {
		try (ScriptedSmtpServer smtp = new ScriptedSmtpServer();
				SmtpConnection connection = new SmtpConnection(mailer(smtp.port()))) {
			smtp.advertise("PIPELINING", "8BITMIME");
			connection.send(message("one@example.org", "Hello"), recorder(), "пример@пример.рф");
			assertThatThrownBy(
					() -> connection.send(message("пример@пример.рф", "Hello"), recorder(), "two@example.org"))
				.isInstanceOf(Utf8AddressRefused.class)
				.hasMessageContaining("SMTPUTF8");
			connection.send(message("two@example.org", "Hello"), recorder());
			assertThat(smtp.commandReads().stream().flatMap(List::stream)).noneMatch((c) -> c.contains("пример"));
			assertThat(smtp.accepted()).containsExactly("one@example.org", "two@example.org");
			assertThat(smtp.sessions()).isEqualTo(1);
		}
	}

}
