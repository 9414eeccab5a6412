package org.urgentaction.mailing;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GreenMail SMTP server (a real one, on a free port) for the application under test,
 * and helpers to subscribe people and read what they received.
 */
abstract class MailingTestBase {

	/**
	 * One server for every test class of the run: the application contexts that use it
	 * are cached across classes, so it must keep its port.
	 */
	static final GreenMail mail = start();

	private static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("ua.mailing.poll-interval", () -> "100ms");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbcClient;

	@BeforeEach
	void watchTheMailPipeline() {
		MailPipeline.watch(jdbcClient);
	}

	/**
	 * What the outbox table does not check itself ({@link OutboxInvariantTests}) holds
	 * after every flow.
	 */
	@AfterEach
	void outboxKeepsItsInvariant() {
		MailPipeline.stopWatching();
		assertThat(OutboxTestBase.invariantViolations(jdbcClient)).isZero();
	}

	@Autowired
	UaService documents;

	Http http() {
		return new Http(port);
	}

	List<MimeMessage> received(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter((m) -> MailTestSupport.to(m).equals(address)).toList();
	}

	MimeMessage awaitMail(String address, int count) {
		MailTestSupport.await(count + " mails to " + address, () -> received(address).size() >= count);
		return received(address).get(count - 1);
	}

	HttpResponse<String> subscribe(String json) {
		return http().postJson("/api/subscriptions", json);
	}

	/**
	 * Subscribes through the API and follows the confirmation link.
	 */
	void subscribeConfirmed(String email, String interests) {
		int before = received(email).size();
		HttpResponse<String> response = subscribe(
				"{\"email\":\"" + email + "\",\"country\":\"GB\",\"languages\":[\"en\"],"
						+ "\"frequency\":\"IMMEDIATE\"" + (interests.isEmpty() ? "" : "," + interests) + "}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		MimeMessage confirmation = awaitMail(email, before + 1);
		String token = MailTestSupport.link(confirmation, "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		HttpResponse<String> confirmed = http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
	}

}
