package org.urgentaction.mailing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounces and complaints that arrive after the SMTP server accepted a message, read from
 * a GreenMail IMAP mailbox: a DSN with a permanent failure marks the address as bouncing,
 * soft ones do so after the limit, an ARF complaint unsubscribes, and a bounce is counted
 * once per mailing.
 */
@AppTest
class BounceMailboxTests {

	static final GreenMail imap = start();

	static GreenMailUser mailbox;

	private static GreenMail start() {
		GreenMail server = new GreenMail(
				new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });
		server.start();
		mailbox = server.setUser("bounces@example.org", "bounces", "bounce-password");
		return server;
	}

	@DynamicPropertySource
	static void bounces(DynamicPropertyRegistry registry) {
		registry.add("ua.bounces.imap-host", () -> "127.0.0.1");
		registry.add("ua.bounces.imap-port", () -> imap.getImap().getPort());
		registry.add("ua.bounces.imap-protocol", () -> "imap");
		registry.add("ua.bounces.username", () -> "bounces");
		registry.add("ua.bounces.password", () -> "bounce-password");
		registry.add("ua.bounces.poll-interval", () -> "1h");
		registry.add("ua.bounces.return-path", () -> "bounces+{id}@example.org");
		registry.add("ua.mailing.sending", () -> "false");
	}

	@AfterAll
	static void stop() {
		imap.stop();
	}

	@Autowired
	BounceMailbox reader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHardBounceMarksTheAddressAndCountsForTheMailing() throws Exception {
		long subscriber = subscriber("hard@example.org");
		long message = sentMessage(subscriber);
		deliver(dsn("<dsn-1@mx.example.net>", "hard@example.org", "failed", "5.1.1", message));
		assertThat(reader.read()).isEqualTo(1);
		assertThat(status(subscriber)).isEqualTo("BOUNCING");
		assertThat(imap.getManagers().getImapHostManager().getInbox(mailbox).getMessageCount()).as("read mail deleted")
			.isZero();

		deliver(dsn("<dsn-1@mx.example.net>", "hard@example.org", "failed", "5.1.1", message));
		assertThat(reader.read()).as("the same bounce again").isZero();
		assertThat(jdbc.sql("select count(*) from mail_bounce where outbox_message_id = :id")
			.param("id", message)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void softBouncesStopMailOnlyWhenRepeated() throws Exception {
		long subscriber = subscriber("soft@example.org");
		for (int i = 1; i <= 3; i++) {
			deliver(dsn("<soft-" + i + "@mx.example.net>", "soft@example.org", "delayed", "4.2.2",
					sentMessage(subscriber)));
			reader.read();
			assertThat(status(subscriber)).as("after %d soft bounces", i).isEqualTo((i < 3) ? "ACTIVE" : "BOUNCING");
		}
	}

	@Test
	void aBounceWithoutTheMessageIsMatchedByItsRecipient() throws Exception {
		long subscriber = subscriber("byaddress@example.org");
		deliver(dsn("<dsn-9@mx.example.net>", "ByAddress@Example.org", "failed", "5.7.1", null));
		assertThat(reader.read()).isEqualTo(1);
		assertThat(status(subscriber)).isEqualTo("BOUNCING");
	}

	@Test
	void aBounceToAPerMessageReturnPathIsMatchedByItsAddressWhateverItQuotes() throws Exception {
		long subscriber = subscriber("forwards@example.org");
		long message = sentMessage(subscriber);
		// forwarded on to another address, and the DSN quotes none of our headers
		String returned = dsn("<dsn-verp@mx.example.net>", "someone@elsewhere.example", "failed", "5.1.1", null)
			.replace("To: bounces@example.org\r\n",
					"Delivered-To: Bounces+" + message + "@Example.org\r\nTo: bounces+" + message + "@example.org\r\n");
		deliver(returned);
		assertThat(reader.read()).isEqualTo(1);
		assertThat(status(subscriber)).isEqualTo("BOUNCING");
		assertThat(jdbc.sql("select count(*) from mail_bounce where outbox_message_id = :id")
			.param("id", message)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aComplaintUnsubscribes() throws Exception {
		long subscriber = subscriber("complains@example.org");
		long message = sentMessage(subscriber);
		deliver(arf("complains@example.org", message));
		assertThat(reader.read()).isEqualTo(1);
		assertThat(status(subscriber)).isEqualTo("UNSUBSCRIBED");
	}

	@Test
	void otherMailIsIgnored() throws Exception {
		long subscriber = subscriber("holiday@example.org");
		deliver("From: holiday@example.org\r\nTo: bounces@example.org\r\nSubject: Out of office\r\n"
				+ "Message-ID: <ooo@example.org>\r\n\r\nI am away until Monday.\r\n");
		assertThat(reader.read()).isZero();
		assertThat(status(subscriber)).isEqualTo("ACTIVE");
	}

	private long subscriber(String email) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into subscriber (email, country, languages, mail_language, frequency, everything, reminders,
				    status, case_only, created_at, updated_at, confirmed_at)
				values (:email, 'GB', 'en', 'en', 'IMMEDIATE', true, true, 'ACTIVE', false, :now, :now, :now)""")
			.param("email", email)
			.param("now", now)
			.update();
		return jdbc.sql("select id from subscriber where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private long sentMessage(long subscriber) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into outbox_message (subscriber_id, kind, priority, status, attempts, created_at, sent_at)
				values (:subscriber, 'CONFIRM', 0, 'SENT', 1, :now, :now)""")
			.param("subscriber", subscriber)
			.param("now", now)
			.update();
		return jdbc.sql("select max(id) from outbox_message where subscriber_id = :subscriber")
			.param("subscriber", subscriber)
			.query(Long.class)
			.single();
	}

	private String status(long subscriber) {
		return jdbc.sql("select status from subscriber where id = :id")
			.param("id", subscriber)
			.query(String.class)
			.single();
	}

	private static void deliver(String raw) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
		mailbox.deliver(message);
	}

	/** A delivery status notification as RFC 3464 describes it. */
	static String dsn(String id, String recipient, String action, String status, Long outboxId) {
		String original = (outboxId == null) ? "Message-ID: <unrelated@elsewhere.example>\r\n"
				: "Message-ID: <outbox-" + outboxId + "@localhost>\r\n";
		return "From: MAILER-DAEMON@mx.example.net\r\nTo: bounces@example.org\r\nMessage-ID: " + id + "\r\n"
				+ "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
				+ "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
				+ "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
				+ "Reporting-MTA: dns; mx.example.net\r\nArrival-Date: Wed, 2 Dec 2026 10:00:00 +0000\r\n\r\n"
				+ "Final-Recipient: rfc822; " + recipient + "\r\nAction: " + action + "\r\nStatus: " + status
				+ "\r\nDiagnostic-Code: smtp; 550 " + status + " mailbox problem\r\n\r\n"
				+ "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n" + original
				+ "From: Urgent Action Network <ua@localhost>\r\nTo: " + recipient
				+ "\r\nSubject: Please confirm\r\n\r\n--b1--\r\n";
	}

	/** An abuse report as RFC 5965 (ARF) describes it. */
	static String arf(String recipient, long outboxId) {
		return "From: feedback@provider.example\r\nTo: bounces@example.org\r\nMessage-ID: <arf-" + outboxId
				+ "@provider.example>\r\nSubject: Abuse report\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/report; report-type=feedback-report; boundary=\"b2\"\r\n\r\n"
				+ "--b2\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report.\r\n"
				+ "--b2\r\nContent-Type: message/feedback-report\r\n\r\n"
				+ "Feedback-Type: abuse\r\nUser-Agent: SomeGenerator/1.0\r\nVersion: 1\r\n" + "Original-Rcpt-To: <"
				+ recipient + ">\r\n\r\n" + "--b2\r\nContent-Type: message/rfc822\r\n\r\n" + "Message-ID: <outbox-"
				+ outboxId + "@localhost>\r\nFrom: ua@localhost\r\nTo: " + recipient
				+ "\r\nSubject: New Urgent Action\r\n\r\nBody\r\n--b2--\r\n";
	}

}
