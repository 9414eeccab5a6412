package org.urgentaction.staff;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.urgentaction.system.ProblemTexts;

/**
 * Answers unauthenticated (401), throttled (429) and forbidden (403) API requests with a
 * problem document. The challenge names only bearer tokens: a {@code Basic} challenge
 * would make browsers ask for a password and then send it with every request, cross-site
 * form posts included. Programs send HTTP Basic credentials without being asked.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemTexts texts;

	ProblemEntryPoint(ProblemTexts texts) {
		this.texts = texts;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof LoginThrottledException throttled) {
			response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
			write(request, response, 429, "tooManyRequests", "loginThrottled", throttled.retryAfterSeconds());
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Urgent Action Network\"");
		write(request, response, 401, "unauthorized", "unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, 403, "forbidden", "forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
			Object... args) throws IOException {
		texts.write(request, response, status, title, detail, args);
	}

}
