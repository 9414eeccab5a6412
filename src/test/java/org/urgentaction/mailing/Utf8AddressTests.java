package org.urgentaction.mailing;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.PageForms;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses with characters beyond ASCII: the subscription and report forms take them,
 * and a mail server that does not offer SMTPUTF8 (this one) leaves their mail failed with
 * the reason, without marking the address or stopping the mail of others.
 */
@AppTest
class Utf8AddressTests {

	static final ScriptedSmtpServer smtp = new ScriptedSmtpServer();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("ua.mailing.poll-interval", () -> "100ms");
		registry.add("ua.mailing.sender-threads", () -> "1");
	}

	@AfterAll
	static void stop() throws Exception {
		smtp.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UaService uas;

	@Test
	void theSubscriptionFormTakesTheAddressAndItsMailFailsWithTheReasonWithoutSMTPUTF8() {
		smtp.advertise("PIPELINING", "8BITMIME");
		subscribe("用户@例子.广告");
		subscribe("Пример@Пример.РФ");
		subscribe("ascii.neighbour@example.org");
		MailTestSupport.await("the confirmation of the ASCII address",
				() -> smtp.accepted().contains("ascii.neighbour@example.org"));
		for (String address : new String[] { "用户@例子.广告", "пример@пример.рф" }) {
			MailTestSupport.await("the failure of " + address, () -> "FAILED".equals(message(address).get("status")));
			assertThat(message(address).get("last_error").toString()).contains("SMTPUTF8");
			assertThat(jdbc.sql("select status from subscriber where email = :email")
				.param("email", address)
				.query(String.class)
				.single()).isEqualTo("PENDING");
		}
		assertThat(smtp.commandReads().stream().flatMap(java.util.List::stream))
			.noneMatch((command) -> command.contains("用户") || command.contains("пример"));
	}

	@Test
	void theReportFormTakesTheAddress() {
		long document = SampleDocument.of(uas).id();
		HttpResponse<String> reported = PageForms.submit(new Http(port), "/uas/" + document + "/reports/new",
				"/uas/" + document + "/reports", "channel", "EMAIL", "count", "1", "country", "DE", "email",
				"пример@пример.рф", "consent", "true");
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
	}

	private void subscribe(String email) {
		HttpResponse<String> answer = PageForms.submit(new Http(port), "/subscribe", "/subscribe", "email", email,
				"country", "GB", "frequency", "WEEKLY");
		assertThat(answer.statusCode()).as(answer.body()).isIn(302, 303);
	}

	private Map<String, Object> message(String email) {
		return jdbc.sql("""
				select o.status, o.last_error from outbox_message o join subscriber s on s.id = o.subscriber_id
				where s.email = :email""").param("email", email).query().singleRow();
	}

}
