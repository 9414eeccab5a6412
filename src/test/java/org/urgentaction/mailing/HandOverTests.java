package org.urgentaction.mailing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.net.SocketFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.urgentaction.support.AppTest;
import org.urgentaction.system.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The record that a message is handed over to the SMTP server: committed once the final
 * "." is written, so that a node dying before it leaves the message to be sent again and
 * one dying after it never sends it twice.
 */
@AppTest
class HandOverTests extends OutboxTestBase {

	static final ScriptedSmtpServer smtp = new ScriptedSmtpServer();

	@AfterAll
	static void stop() throws Exception {
		smtp.close();
	}

	@Autowired
	OutboxRepository outbox;

	@Autowired
	MailEncoder encoder;

	@Autowired
	Database database;

	@Test
	void aSentMessageIsRecordedAsHandedOver() throws Exception {
		long id = claimed("node-a");
		try (HandOverLog log = outbox.handOverLog("node-a"); SmtpConnection connection = new SmtpConnection(mailer())) {
			connection.send(message(id, "delivered@example.org"), outbox.handOver(log, id, "node-a"));
			assertThat(connection.handedOver()).isTrue();
		}
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(smtp.accepted()).contains("delivered@example.org");
	}

	@Test
	void theNextMessageIsPreparedWithTheCommitAndReleasedIfItIsNotSent() throws Exception {
		long first = claimed("node-a");
		long second = claimed("node-a");
		long third = claimed("node-a");
		try (HandOverLog log = outbox.handOverLog("node-a"); SmtpConnection connection = new SmtpConnection(mailer())) {
			log.next(second);
			connection.send(message(first, "first@example.org"), outbox.handOver(log, first, "node-a"));
			// on PostgreSQL the update of the next message went with the commit, and
			// holds its row
			assertThat(locked(second)).isEqualTo(database.postgres());
			log.next(third);
			connection.send(message(second, "second@example.org"), outbox.handOver(log, second, "node-a"));
			assertThat(locked(third)).isEqualTo(database.postgres());
			log.release();
			assertThat(locked(third)).isFalse();
		}
		assertThat(status(first)).isEqualTo("SENT");
		assertThat(status(second)).isEqualTo("SENT");
		assertThat(status(third)).isEqualTo("SENDING");
		assertThat(smtp.accepted()).contains("first@example.org", "second@example.org")
			.doesNotContain("third@example.org");
	}

	@Test
	void aNodeThatDiesBeforeTheEndOfDataLeavesTheMessageToBeSentAgain() throws Exception {
		long id = claimed("node-a");
		try (HandOverLog log = outbox.handOverLog("node-a");
				SmtpConnection connection = new SmtpConnection(mailer(), new DyingBeforeEndOfData())) {
			assertThatThrownBy(
					() -> connection.send(message(id, "dying@example.org"), outbox.handOver(log, id, "node-a")))
				.isInstanceOf(SmtpException.class)
				.isNotInstanceOf(HandOverRefused.class);
			assertThat(connection.handedOver()).isFalse();
		}
		assertThat(status(id)).isEqualTo("SENDING");
		assertThat(outbox.releaseExpiredLeases(Instant.now().plus(1, ChronoUnit.DAYS))).isGreaterThanOrEqualTo(1);
		assertThat(status(id)).isEqualTo("QUEUED");
		assertThat(smtp.accepted()).doesNotContain("dying@example.org");
	}

	@Test
	void aMessageAnotherNodeTookOverIsNotSent() throws Exception {
		long id = claimed("node-b");
		try (HandOverLog log = outbox.handOverLog("node-a"); SmtpConnection connection = new SmtpConnection(mailer())) {
			assertThatThrownBy(
					() -> connection.send(message(id, "taken@example.org"), outbox.handOver(log, id, "node-a")))
				.isInstanceOf(HandOverRefused.class);
			connection.abort();
		}
		assertThat(status(id)).isEqualTo("SENDING");
		Thread.sleep(200);
		assertThat(smtp.accepted()).doesNotContain("taken@example.org");
	}

	private OutgoingMessage message(long id, String to) {
		EncodedMail mail = encoder.encode("Subject", "Text of the message\n", "<p>Text</p>", false, List.of(),
				List.of());
		return encoder.address(mail, id, to, null, Map.of());
	}

	/**
	 * Whether another transaction holds the message's row.
	 */
	private boolean locked(long id) {
		try {
			jdbc.sql("select id from outbox_message where id = :id for update nowait")
				.param("id", id)
				.query()
				.listOfRows();
			return false;
		}
		catch (DataAccessException ex) {
			return true;
		}
	}

	private static JavaMailSenderImpl mailer() {
		JavaMailSenderImpl mailer = new JavaMailSenderImpl();
		mailer.setHost("127.0.0.1");
		mailer.setPort(smtp.port());
		return mailer;
	}

	/**
	 * Sockets whose process "dies" as it is about to write the final "." of a message:
	 * the write fails and nothing of it reaches the server.
	 */
	static final class DyingBeforeEndOfData extends SocketFactory {

		@Override
		public Socket createSocket() {
			return new Socket() {
				@Override
				public OutputStream getOutputStream() throws IOException {
					return new FilterOutputStream(super.getOutputStream()) {
						@Override
						public void write(byte[] bytes, int offset, int length) throws IOException {
							String chunk = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
							if (chunk.startsWith(".\r\n") || chunk.contains("\r\n.\r\n")) {
								throw new IOException("the process died");
							}
							out.write(bytes, offset, length);
						}
					};
				}
			};
		}

		@Override
		public Socket createSocket(String host, int port) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Socket createSocket(InetAddress host, int port) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
			throw new UnsupportedOperationException();
		}

	}

}
