package org.urgentaction.mailing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Messages to send with an {@link SmtpConnection}, each with the record of its hand-over
 * in the test database.
 */
abstract class SmtpConnectionTestBase extends OutboxTestBase {

	private HandOverLog handOvers;

	@AfterEach
	void closeHandOverLog() {
		if (handOvers != null) {
			handOvers.close();
		}
	}

	HandOverRecorder recorder() {
		long id = claimed("node-a");
		if (handOvers == null) {
			handOvers = outbox.handOverLog("node-a");
		}
		return outbox.handOver(handOvers, id, "node-a");
	}

	static JavaMailSenderImpl mailer(int port) {
		JavaMailSenderImpl mailer = new JavaMailSenderImpl();
		mailer.setHost("127.0.0.1");
		mailer.setPort(port);
		return mailer;
	}

	static OutgoingMessage message(String to, String... body) {
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
