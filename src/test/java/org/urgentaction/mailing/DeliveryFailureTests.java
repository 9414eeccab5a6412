package org.urgentaction.mailing;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.urgentaction.subscriber.SubscriberStatus;
import org.urgentaction.subscriber.SubscriptionRequest;
import org.urgentaction.subscriber.SubscriptionService;
import org.urgentaction.subscriber.Frequency;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Temporary refusals (4xx) are retried with back-off until the server accepts; permanent
 * ones (5xx) fail the message and mark the address as bouncing.
 */
@AppTest
class DeliveryFailureTests {

	static final ScriptedSmtpServer smtp = new ScriptedSmtpServer();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("ua.mailing.poll-interval", () -> "100ms");
		registry.add("ua.mailing.retry-backoff", () -> "300ms");
		registry.add("ua.mailing.sender-threads", () -> "1");
	}

	@AfterAll
	static void stop() throws Exception {
		smtp.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	SubscriptionService subscriptions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTemporaryFailureIsRetriedAndTheMessageArrivesOnce() {
		smtp.script("451 4.3.0 Mailbox busy, try later", "421 4.7.0 Too many connections");
		subscribe("retry@example.org");
		MailTestSupport.await("the confirmation after two refusals",
				() -> smtp.accepted().contains("retry@example.org"));
		assertThat(smtp.refused()).filteredOn("retry@example.org"::equals).hasSize(2);
		MailTestSupport.settle();
		assertThat(smtp.accepted()).containsOnlyOnce("retry@example.org");
		Map<String, Object> row = message("retry@example.org");
		assertThat(row.get("status")).isEqualTo("SENT");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(3);
	}

	@Test
	void aPermanentFailureMarksTheAddressAsBouncing() {
		smtp.script("550 5.1.1 No such user here");
		subscribe("gone@example.org");
		MailTestSupport.await("the refusal", () -> smtp.refused().contains("gone@example.org"));
		MailTestSupport.await("the failure to be recorded",
				() -> "FAILED".equals(message("gone@example.org").get("status")));
		assertThat(message("gone@example.org").get("last_error").toString()).startsWith("550");
		String status = jdbc.sql("select status from subscriber where email = 'gone@example.org'")
			.query(String.class)
			.single();
		assertThat(status).isEqualTo(SubscriberStatus.BOUNCING.name());
		MailTestSupport.settle();
		assertThat(smtp.accepted()).doesNotContain("gone@example.org");
		assertThat(new Http(port).get("/").statusCode()).isEqualTo(200);
	}

	private void subscribe(String email) {
		subscriptions.subscribe(
				new SubscriptionRequest(email, null, "GB", null, null, null, null, Frequency.WEEKLY, true), null);
	}

	private Map<String, Object> message(String email) {
		return jdbc
			.sql("""
					select o.status, o.attempts, o.last_error from outbox_message o join subscriber s on s.id = o.subscriber_id
					where s.email = :email""")
			.param("email", email)
			.query()
			.singleRow();
	}

}
