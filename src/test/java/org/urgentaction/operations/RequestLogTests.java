package org.urgentaction.operations;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log of a request, with our code and Spring MVC logging in detail: every line
 * written while the request is served carries its id, and no email address of a
 * subscriber or reporter is written anywhere.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "logging.level.org.urgentaction=DEBUG",
		"logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG" })
class RequestLogTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

	// a line of the console log written by a web server thread, and the id in it
	private static final Pattern REQUEST_LINE = Pattern.compile("(?m)^.*\\[[^\\]]*exec-\\d+\\] \\[([^\\]]*)\\] .*$");

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	private final List<String> ids = new ArrayList<>();

	@Test
	void everyLineOfASubscriptionOrReportCarriesTheRequestIdAndNoEmailAddress(CapturedOutput output) {
		long document = SampleDocument.of(uas).id();
		int from = output.length();
		HttpResponse<String> subscribed = submit("/subscribe", "/subscribe", "email", "log.subscriber@example.org",
				"name", "Log Subscriber", "country", "GB", "frequency", "IMMEDIATE");
		assertThat(subscribed.statusCode()).as(subscribed.body()).isIn(200, 302, 303);
		HttpResponse<String> reported = submit("/uas/" + document + "/reports/new", "/uas/" + document + "/reports",
				"channel", "EMAIL", "count", "1", "country", "DE", "email", "log.reporter@example.org", "consent",
				"true", "note", "sent it");
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
		HttpResponse<String> api = new Http(port).postJson("/api/uas/" + document + "/reports",
				"{\"channel\":\"LETTER\",\"count\":2,\"country\":\"FR\",\"email\":\"log.api@example.org\",\"consent\":true}",
				"X-Request-Id", "log-test-api");
		assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
		ids.add("log-test-api");

		String logged = output.toString().substring(from);
		Matcher line = REQUEST_LINE.matcher(logged);
		List<String> idsLogged = new ArrayList<>();
		while (line.find()) {
			assertThat(ids).as("the request id of: " + line.group()).contains(line.group(1));
			idsLogged.add(line.group(1));
		}
		// each request wrote lines (DispatcherServlet at least), all with its id
		assertThat(idsLogged).containsAll(ids);
		assertThat(logged).doesNotContain("log.subscriber@example.org", "log.reporter@example.org",
				"log.api@example.org");
	}

	private HttpResponse<String> submit(String page, String action, String... fields) {
		Http http = new Http(port);
		String getId = "log-test-" + ids.size();
		ids.add(getId);
		HttpResponse<String> form = http.get(page, "X-Request-Id", getId);
		Matcher token = CSRF.matcher(form.body());
		Matcher cookie = COOKIE.matcher(String.join(";", form.headers().allValues("Set-Cookie")));
		assertThat(token.find() && cookie.find()).as("a form with a CSRF token on " + page).isTrue();
		StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&')
				.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		String postId = "log-test-" + ids.size();
		ids.add(postId);
		return http.send(http.request(action, "X-Request-Id", postId, "Cookie", "XSRF-TOKEN=" + cookie.group(1))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

}
