package org.urgentaction.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff page of webhooks lists the endpoints with their failed deliveries and the
 * deliveries given up, with the last answer of the receiver; it is for administrators.
 */
@AppTest
class WebhookAdminPageTests {

	@LocalServerPort
	int port;

	@Autowired
	WebhookEndpoints endpoints;

	@Autowired
	JdbcClient jdbc;

	@Test
	void administratorsSeeTheDeliveriesThatWereGivenUp() {
		long endpoint = endpoints.insert("https://crm.example.org/failing-hook", List.of("ua.published"),
				"a-secret-of-enough-length", "admin@example.org", Instant.now());
		jdbc.sql("""
				insert into webhook_delivery (endpoint_id, event_id, event_type, payload, status, attempts, created_at,
				    last_status, last_error)
				values (:endpoint, 'e1b2c3d4-0000-4000-8000-000000000001', 'ua.published', '{}', 'FAILED', 14, :now,
				    500, 'Internal Server Error')""")
			.param("endpoint", endpoint)
			.param("now", Timestamp.from(Instant.now()))
			.update();

		StaffClient anonymous = new StaffClient(port);
		assertThat(anonymous.get("/admin/webhooks").statusCode()).isEqualTo(302);

		StaffClient admin = new StaffClient(port);
		admin.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		String page = admin.get("/admin/webhooks").body();
		String row = page.substring(page.indexOf("id=\"endpoint-" + endpoint + "\""));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("https://crm.example.org/failing-hook",
				"ua.published", "<td class=\"failed-count\" data-label=\"Deliveries given up\">1</td>");
		assertThat(page).contains("Deliveries given up after a day of retries", "e1b2c3d4-0000-4000-8000-000000000001",
				"500 Internal Server Error", "href=\"/admin/webhooks\"");
		assertThat(page).doesNotContain("a-secret-of-enough-length");
	}

}
