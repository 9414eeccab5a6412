package org.urgentaction.section;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A visitor who chose their country before is sent from a UA page to its version for that
 * country ({@code ?country=US}). The page without parameters stays the same for everyone,
 * so that it can be served from memory.
 */
class SectionCookieFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String choice = ("GET".equals(request.getMethod()) && request.getQueryString() == null
				&& SectionChoiceController.UA_PAGE.matcher(request.getRequestURI()).matches()) ? chosen(request) : null;
		if (choice == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getRequestURI() + "?country=" + choice);
		response.setHeader("Cache-Control", "no-store");
	}

	private static String chosen(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (SectionChoiceController.COOKIE.equals(cookie.getName())) {
				return SectionChoiceController.remembered(cookie.getValue());
			}
		}
		return null;
	}

}
