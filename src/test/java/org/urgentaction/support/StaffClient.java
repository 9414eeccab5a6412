package org.urgentaction.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for staff pages: keeps cookies (the session and the CSRF
 * cookie), sends forms with the CSRF token the last page carried, and does not follow
 * redirects. Cookies are per host, not per port, so one client can talk to two
 * application nodes on localhost.
 */
public final class StaffClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(cookies)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private int port;

	private String csrf;

	public StaffClient(int port) {
		this.port = port;
	}

	/**
	 * Talks to another node from now on, with the same cookies.
	 */
	public StaffClient port(int newPort) {
		this.port = newPort;
		return this;
	}

	/**
	 * Logs in through the login form and returns the response to the login POST.
	 */
	public HttpResponse<String> logIn(String email, String password) {
		get("/admin/login");
		HttpResponse<String> response = post("/admin/login", Map.of("username", email, "password", password));
		get("/admin/uas");
		return response;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/**
	 * Goes where a redirect points, as a browser would; other responses are returned as
	 * they are.
	 */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 3) {
			return response;
		}
		return get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
	}

	/**
	 * Posts a form with the CSRF token of the last page that had one.
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.putIfAbsent("_csrf", csrf);
		}
		return postWithoutToken(path, all);
	}

	/**
	 * Posts a form with repeated names, e.g. several {@code action} buttons.
	 */
	public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		if (csrf != null) {
			all.add(Map.entry("_csrf", csrf));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(all))));
	}

	public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(new ArrayList<>(fields.entrySet())))));
	}

	/**
	 * The CSRF token of the last page that had one, for bodies built by the caller (e.g.
	 * a multipart upload, which carries it as its {@code _csrf} part).
	 */
	public String csrfToken() {
		return csrf;
	}

	/**
	 * Posts a body of the given content type as it is, e.g. a file upload.
	 */
	public HttpResponse<String> postBody(String path, String contentType, HttpRequest.BodyPublisher body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(body));
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(List<Map.Entry<String, String>> fields) {
		return fields.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
