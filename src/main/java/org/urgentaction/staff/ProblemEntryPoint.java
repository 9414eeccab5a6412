package org.urgentaction.staff;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers unauthenticated (401), throttled (429) and forbidden (403) API requests with a
 * problem document. The challenge names only bearer tokens: a {@code Basic} challenge
 * would make browsers ask for a password and then send it with every request, cross-site
 * form posts included. Programs send HTTP Basic credentials without being asked.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof LoginThrottledException throttled) {
			response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
			write(response, 429, "Too Many Requests", "Too many failed logins; try again later.");
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Urgent Action Network\"");
		write(response, 401, "Unauthorized", "Log in with HTTP Basic or send a bearer token.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, 403, "Forbidden", "Your role does not allow this.");
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
