package org.urgentaction.mailing;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirmation mails are bounded per client (per hour) and per recipient (per day), in
 * the database, whether they come from subscriptions or from reports asking for updates.
 * Nothing is sent here: the outbox shows what would be.
 */
@AppTest
@TestPropertySource(
		properties = { "ua.subscriptions.mails-per-client-per-hour=5", "ua.subscriptions.mails-per-address-per-day=2",
				"ua.mailing.link-mail-interval=0s", "ua.mailing.sending=false" })
class ConfirmationLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UaService documents;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		jdbc.sql("delete from subscriber_mail_quota").update();
	}

	@Test
	void oneClientCausesAtMostFiveConfirmationMailsAnHour() {
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < 8; i++) {
			HttpResponse<String> response = subscribe("burst-" + i + "@example.org");
			accepted += (response.statusCode() == 202) ? 1 : 0;
			refused += (response.statusCode() == 429) ? 1 : 0;
			if (response.statusCode() == 429) {
				assertThat(response.headers().firstValue("Retry-After")).isPresent();
			}
		}
		assertThat(accepted).isEqualTo(5);
		assertThat(refused).isEqualTo(3);
		assertThat(confirmations("burst-%")).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from subscriber where email like 'burst-%'").query(Long.class).single())
			.isEqualTo(5);
	}

	@Test
	void oneAddressReceivesAtMostTwoConfirmationMailsADay() {
		for (int i = 0; i < 4; i++) {
			assertThat(subscribe("again@example.org").statusCode()).isEqualTo(202);
		}
		assertThat(confirmations("again@example.org")).isEqualTo(2);
	}

	@Test
	void reportsAskingForUpdatesCountAgainstTheSameClientLimit() {
		UaDocument document = MailTestSupport.publish(documents, "601/26", DocumentKind.INITIAL, "Belarus", null);
		for (int i = 0; i < 7; i++) {
			HttpResponse<String> response = http.postJson("/api/uas/" + document.id() + "/reports",
					"{\"channel\":\"EMAIL\",\"count\":1,\"country\":\"BY\",\"email\":\"reporter-" + i
							+ "@example.org\",\"consent\":true}");
			assertThat(response.statusCode()).isEqualTo(201);
		}
		assertThat(confirmations("reporter-%")).isEqualTo(5);
	}

	private HttpResponse<String> subscribe(String email) {
		return http.postJson("/api/subscriptions",
				"{\"email\":\"" + email + "\",\"country\":\"GB\",\"frequency\":\"IMMEDIATE\"}");
	}

	private long confirmations(String emailPattern) {
		return jdbc
			.sql("select count(*) from outbox_message o join subscriber s on s.id = o.subscriber_id "
					+ "where o.kind = 'CONFIRM' and s.email like :pattern")
			.param("pattern", emailPattern)
			.query(Long.class)
			.single();
	}

}
