package org.urgentaction.action;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * The anonymous cookie that lets the same browser's repeat of a report be recognised
 * without an account. It holds a random id and nothing else.
 */
final class ReporterCookie {

	static final String NAME = "ua-reporter";

	private ReporterCookie() {
	}

	static String read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName()) && ReportRules.validAnonymousId(cookie.getValue())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	/**
	 * The id the client sent back, or null when it sent none; then a new one is set on
	 * the response for its next request. A new id identifies nobody yet: a client that
	 * drops cookies would otherwise be a new person with every report.
	 */
	static String returned(HttpServletRequest request, HttpServletResponse response) {
		String existing = read(request);
		if (existing == null) {
			readOrSet(request, response);
		}
		return existing;
	}

	/**
	 * The request's id, or a new one that is set on the response.
	 */
	static String readOrSet(HttpServletRequest request, HttpServletResponse response) {
		String existing = read(request);
		if (existing != null) {
			return existing;
		}
		String id = UUID.randomUUID().toString();
		ResponseCookie cookie = ResponseCookie.from(NAME, id)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.maxAge(Duration.ofDays(365))
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		return id;
	}

}
