package org.urgentaction.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits a page's form as a browser would: fetches the page for its CSRF cookie and
 * hidden token, then posts the fields with both.
 */
public final class PageForms {

	private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

	private PageForms() {
	}

	/**
	 * Posts {@code fields} (name, value, name, value ...) to {@code action} with the CSRF
	 * token of the form on {@code page}.
	 */
	public static HttpResponse<String> submit(Http http, String page, String action, String... fields) {
		HttpResponse<String> form = http.get(page);
		Matcher token = HIDDEN_TOKEN.matcher(form.body());
		String cookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(COOKIE::matcher)
			.filter(Matcher::find)
			.map((m) -> m.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No CSRF cookie on " + page + ": " + form.statusCode()));
		if (!token.find()) {
			throw new AssertionError("No form with a CSRF token on " + page);
		}
		List<String> all = new ArrayList<>(List.of(fields));
		all.add("_csrf");
		all.add(token.group(1));
		return post(http, action, "XSRF-TOKEN=" + cookie, all.toArray(String[]::new));
	}

	/**
	 * Posts form fields without any CSRF token.
	 */
	public static HttpResponse<String> post(Http http, String action, String cookie, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		HttpRequest.Builder request = http.request(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build());
	}

}
