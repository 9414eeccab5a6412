package org.urgentaction.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against every public and staff endpoint: wrong JSON types, huge and
 * deeply nested bodies, NUL characters, unpaired surrogates, out-of-range list indices,
 * uploads where none belong, and hostile cookies and headers on each request. Every
 * answer is a 4xx, and nothing in the database changes. Hostile cookies and headers alone
 * on pages that need nothing else are tolerated (the page is shown) but never a 5xx.
 */
@AppTest
class HostileInputTests {

	private static final String[] HOSTILE_HEADERS = { "Cookie", "ua-lang=x@y; ua-reporter=%00%ff; JSESSIONID=../../x",
			"Accept-Language", "x@y;q=abc, *;q=-1", "X-Forwarded-For", "not-an-address, 999.1.1.1" };

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final List<String> failures = new ArrayList<>();

	private int refused;

	@Test
	void everyHostileRequestIsRefusedWith4xxAndChangesNothing() throws Exception {
		long id = jdbc.sql("select min(id) from ua_document where status = 'PUBLISHED'").query(Long.class).single();
		long target = jdbc.sql("select min(id) from ua_target where document_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		Map<String, Long> before = fingerprint();

		jsonEndpoint(
				"/api/uas/" + id + "/reports", Map.of("channel", "\"LETTER\"", "targetId", "" + target, "count", "1",
						"country", "\"FR\"", "email", "\"a@example.org\"", "note", "\"n\""),
				List.of("count", "targetId"));
		jsonEndpoint("/api/uas/" + id + "/letters", Map.of("targetId", "" + target, "senderName", "\"Ana\"", "text",
				"\"Dear\"", "language", "\"fr\"", "senderAddressLines", "[\"1 rue\"]"), List.of("targetId"));
		jsonEndpoint("/api/subscriptions", Map.of("email", "\"hostile@example.org\"", "name", "\"H\"", "country",
				"\"FR\"", "languages", "[\"fr\"]", "themes", "[\"torture\"]", "frequency", "\"WEEKLY\""), List.of());
		String everyLanguage = String.join(",",
				java.util.Arrays.stream(java.util.Locale.getISOLanguages()).map((l) -> "\"" + l + "\"").toList());
		expect4xx("POST /api/subscriptions with every valid language",
				request("/api/subscriptions").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"many@example.org\",\"country\":\"FR\","
							+ "\"frequency\":\"WEEKLY\",\"languages\":[" + everyLanguage + "]}")));
		String[] admin = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		Map<String, String> draft = Map.of("kind", "\"INITIAL\"", "uaNumber", "\"77/25\"", "country", "\"Chile\"",
				"issueDate", "\"2025-01-10\"", "title", "\"Hostile\"", "sequence", "0", "targets",
				"[{\"name\":\"T\",\"emails\":[\"t@example.org\"]}]");
		jsonEndpoint("POST", "/api/uas", draft, List.of("sequence"), admin);
		jsonEndpoint("PUT", "/api/uas/" + id, draft, List.of("sequence"), admin);
		for (String path : List.of("/api/uas/" + id + "/publish", "/api/uas/" + id + "/unpublish",
				"/api/reports/1/void")) {
			expect4xx(path + " cross-site Basic",
					request(path, "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", admin[0], admin[1])
						.POST(HttpRequest.BodyPublishers.noBody()));
			expect4xx(path + " without credentials", request(path).POST(HttpRequest.BodyPublishers.noBody()));
			expect4xx(path + " bad Basic", request(path, Http.basic(AppTest.ADMIN_EMAIL, "wrong\u0000"))
				.POST(HttpRequest.BodyPublishers.noBody()));
		}
		for (String path : List.of("/api/uas/abc", "/api/uas/99999999999999999999999", "/api/uas/-1/totals",
				"/api/uas?status=NONSENSE", "/api/uas?page=abc", "/api/uas?q=%00", "/api/uas?country=%ED%A0%80x",
				"/api/uas/99999999/totals", "/api/uas/" + id + "/totals?from=%00", "/api/reports/abc",
				"/api/uas?themes[-1]=x", "/api/uas?countries[500]=FR")) {
			expect4xx("GET " + path, request(path).GET());
		}

		String[] forms = { "/uas/" + id + "/reports", "/uas/" + id + "/letters", "/subscribe" };
		for (String path : forms) {
			formEndpoint(path, "/uas/" + id);
		}
		formEndpoint("/subscribe", "/subscribe");
		StaffSession staff = new StaffSession();
		for (String path : List.of("/admin/uas", "/admin/uas/" + id, "/admin/staff", "/admin/account/password",
				"/admin/account/second-factor/confirm", "/admin/staff/1/role", "/admin/staff/1/tokens",
				"/admin/actions/reports/1/void", "/admin/uas/" + id + "/publish")) {
			staff.hostileForms(path);
		}
		for (String path : List.of("/", "/uas", "/uas/" + id, "/subscribe", "/admin/login", "/feed.atom")) {
			for (String query : List.of("?q=%00", "?country=%00x", "?themes[-1]=x", "?countries[500]=FR",
					"?page[300].x=1")) {
				expect4xx("GET " + path + query, request(path + query).GET());
			}
		}

		int tolerated = 0;
		for (String path : List.of("/", "/uas", "/uas/" + id, "/subscribe", "/admin/login", "/feed.atom", "/api/uas",
				"/api/uas/" + id)) {
			HttpResponse<String> response = send(request(path).GET());
			tolerated++;
			if (response.statusCode() >= 500) {
				failures.add("GET " + path + " with hostile cookies and headers: " + response.statusCode());
			}
		}

		System.out.println("HostileInputTests: " + refused + " hostile requests, each answered 4xx; " + tolerated
				+ " requests with only hostile cookies and headers, none answered 5xx; failures: " + failures.size());
		assertThat(failures).isEmpty();
		assertThat(refused).isGreaterThanOrEqualTo(200);
		assertThat(fingerprint()).as("nothing stored or changed").isEqualTo(before);
	}

	private void jsonEndpoint(String path, Map<String, String> valid, List<String> integers) {
		jsonEndpoint("POST", path, valid, integers, new String[0]);
	}

	private void jsonEndpoint(String method, String path, Map<String, String> valid, List<String> integers,
			String... credentials) {
		List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":", "{}{}",
				"[".repeat(5000) + "]".repeat(5000), "{\"x\":" + "{\"x\":".repeat(3000) + "1" + "}".repeat(3001),
				"{\"" + "k".repeat(70_000) + "\":1}", "\u0000", "{\"a\":\"\\ud800\"}"));
		for (String field : valid.keySet()) {
			for (String value : List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00y\"", "{\"nested\":[1,[2]]}",
					"[[[[[[]]]]]]", "\"" + "x".repeat(300_000) + "\"", "true", "-1e999")) {
				bodies.add(body(valid, field, value));
			}
		}
		for (String field : integers) {
			for (String value : List.of("\"5\"", "1.5", "\"1\"", "1e3", "99999999999999999999")) {
				bodies.add(body(valid, field, value));
			}
		}
		for (String body : bodies) {
			String name = method + " " + path + " " + abbreviate(body);
			expect4xx(name, request(path, credentials).header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body)));
		}
		expect4xx(method + " " + path + " 1.5 MB", request(path, credentials).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString("{\"note\":\"" + "x".repeat(1_500_000) + "\"}")));
		expect4xx(method + " " + path + " multipart",
				request(path, credentials).header("Content-Type", "multipart/form-data; boundary=b")
					.method(method,
							HttpRequest.BodyPublishers.ofString(
									"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\n"
											+ "x".repeat(3_000_000) + "\r\n--b--\r\n")));
		expect4xx(method + " " + path + " text/plain", request(path, credentials).header("Content-Type", "text/plain")
			.method(method, HttpRequest.BodyPublishers.ofString(body(valid, "x", "1"))));
		expect4xx(method + " " + path + " invalid UTF-8",
				request(path, credentials).header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofByteArray(new byte[] { '{', '"', 'a', '"', ':', '"',
							(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}' })));
	}

	private void formEndpoint(String path, String page) {
		FormSession session = new FormSession(page);
		for (String fields : hostileFormBodies()) {
			expect4xx("POST " + path + " " + abbreviate(fields), session.post(path, fields));
		}
		expect4xx("POST " + path + " multipart",
				session.request(path)
					.header("Content-Type", "multipart/form-data; boundary=b")
					.POST(HttpRequest.BodyPublishers
						.ofString("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n" + "x".repeat(2_000_000)
								+ "\r\n--b--\r\n")));
	}

	private static List<String> hostileFormBodies() {
		return List.of("countries[500]=FR", "themes[-1]=x", "targets[300].name=x", "persons[99999999999].name=x",
				"languages[1]x=fr", "countries[abc]=FR", "themes[=x", "email=a%00@example.org", "name=%00",
				"note=a%00b", "text=%00", "count=%00", "country=FR%00", "channel=LETTER&count=1&note=%ED%A0%80");
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.headers(HOSTILE_HEADERS);
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private void expect4xx(String name, HttpRequest.Builder request) {
		expect4xx(name, send(request));
	}

	private void expect4xx(String name, HttpResponse<String> response) {
		refused++;
		if (response.statusCode() < 400 || response.statusCode() >= 500) {
			failures.add(name + " -> " + response.statusCode() + " " + abbreviate(response.body()));
		}
	}

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(client, request);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(Map<String, String> valid, String field, String value) {
		Map<String, String> fields = new LinkedHashMap<>(valid);
		fields.put(field, value);
		StringBuilder json = new StringBuilder("{");
		fields
			.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
		return json.append('}').toString();
	}

	private static String abbreviate(String text) {
		String flat = text == null ? "" : text.replace("\n", " ");
		return flat.length() > 200 ? flat.substring(0, 200) + "…(" + flat.length() + ")" : flat;
	}

	/**
	 * Row counts of every table that holds what people and staff entered, and the
	 * versions of documents; rate-limit counters and sessions may change.
	 */
	private Map<String, Long> fingerprint() {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')
				order by table_name
				""").query(String.class).list();
		for (String table : tables) {
			String name = table.toLowerCase();
			if (List
				.of("action_rate", "request_count", "login_throttle", "spring_session", "spring_session_attributes",
						"flyway_schema_history", "app_secret", "client_key_secret")
				.contains(name)) {
				continue;
			}
			counts.put(name, jdbc.sql("select count(*) from " + name).query(Long.class).single());
		}
		counts.put("ua_document versions",
				jdbc.sql("select coalesce(sum(version), 0) from ua_document").query(Long.class).single());
		counts.put("published",
				jdbc.sql("select count(*) from ua_document where status = 'PUBLISHED'").query(Long.class).single());
		return counts;
	}

	/** A visitor with the cookies and CSRF token of a page. */
	private final class FormSession {

		final HttpClient browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();

		String csrf = "";

		FormSession(String page) {
			load(page);
		}

		void load(String page) {
			HttpResponse<String> response = HostileInputTests.send(browser,
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(60))
				.header("Accept-Language", "x@y;q=abc");
		}

		HttpResponse<String> post(String path, String fields) {
			return HostileInputTests.send(browser,
					request(path).header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + csrf)));
		}

		HttpResponse<String> post(HttpRequest.Builder request) {
			return HostileInputTests.send(browser, request);
		}

	}

	private void expect4xx(String name, FormSession session, HttpRequest.Builder request) {
		expect4xx(name, session.post(request));
	}

	/** An administrator logged in on the staff pages. */
	private final class StaffSession {

		final FormSession session = new FormSession("/admin/login");

		StaffSession() {
			session.post("/admin/login", "username=" + AppTest.ADMIN_EMAIL + "&password=" + AppTest.ADMIN_PASSWORD);
			session.load("/admin/uas");
		}

		void hostileForms(String path) {
			for (String fields : hostileFormBodies()) {
				expect4xx("staff POST " + path + " " + abbreviate(fields), session.post(path, fields));
			}
			expect4xx("staff POST " + path + " multipart", session,
					session.request(path)
						.header("Content-Type", "multipart/form-data; boundary=b")
						.POST(HttpRequest.BodyPublishers
							.ofString("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n--b--\r\n")));
		}

	}

}
