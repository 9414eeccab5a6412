package org.urgentaction.mailing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff see a mailing's progress and stop it. Sending is off on this node, so the mailing
 * stays under way until it is stopped.
 */
@AppTest
@TestPropertySource(properties = "ua.mailing.sending=false")
class MailingAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService documents;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void staffSeeProgressAndStopAMailing() throws Exception {
		jdbc.sql(
				"""
						insert into subscriber (email, country, languages, frequency, everything, status, created_at, updated_at)
						select 'staff-test-' || x || '@example.org', 'GB', 'en', 'IMMEDIATE', true, 'ACTIVE', current_timestamp,
						    current_timestamp from (select 1 as x union all select 2 union all select 3) as n""")
			.update();
		UaDocument document = MailTestSupport.publish(documents, "401/26", DocumentKind.INITIAL, "Peru", null);
		MailTestSupport.await("the mailing to be expanded",
				() -> jdbc.sql("select count(*) from mailing where document_id = :id and status = 'SENDING'")
					.param("id", document.id())
					.query(Long.class)
					.single() == 1);
		long mailingId = jdbc.sql("select id from mailing where document_id = :id")
			.param("id", document.id())
			.query(Long.class)
			.single();

		// one message went out, one went out without a reply from the server
		jdbc.sql("""
				update outbox_message set status = 'SENT', next_attempt_at = null, sent_at = current_timestamp
				where id = (select min(id) from outbox_message where mailing_id = :id)""")
			.param("id", mailingId)
			.update();
		jdbc.sql("""
				update outbox_message set status = 'HANDED_OVER', next_attempt_at = null, sent_at = current_timestamp
				where id = (select max(id) from outbox_message where mailing_id = :id)""")
			.param("id", mailingId)
			.update();

		assertThat(get("/admin/mailings").statusCode()).isEqualTo(302);
		logIn();
		String page = get("/admin/mailings").body();
		assertThat(row(page, mailingId)).contains("Sending", "<td class=\"queued\">1</td>", "<td class=\"sent\">1</td>",
				"<td class=\"unconfirmed\">1</td>");

		HttpResponse<String> stop = post("/admin/mailings/" + mailingId + "/stop", csrf(page));
		assertThat(stop.statusCode()).isEqualTo(302);
		String after = get("/admin/mailings").body();
		assertThat(row(after, mailingId)).contains("Stopped", "<td class=\"queued\">0</td>",
				"<td class=\"cancelled\">1</td>", "<td class=\"sent\">1</td>", "<td class=\"unconfirmed\">1</td>");
	}

	private void logIn() {
		String form = get("/admin/login").body();
		HttpResponse<String> login = post("/admin/login", csrf(form), "username", AppTest.ADMIN_EMAIL, "password",
				AppTest.ADMIN_PASSWORD);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
	}

	private static String row(String page, long id) {
		int start = page.indexOf("id=\"mailing-" + id + "\"");
		assertThat(start).as(page).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
	}

	private HttpResponse<String> post(String path, String csrf, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&')
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
