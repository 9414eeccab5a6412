package org.urgentaction.staff;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests with HTTP Basic credentials that a browser sends on behalf of
 * another site (its {@code Sec-Fetch-Site} or {@code Origin} says so): browsers add
 * remembered Basic credentials to cross-site form posts, which would let any page act
 * with a staff member's rights. Programs send neither header; bearer tokens are never
 * added by browsers.
 */
class BrowserRequestGuard extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final String siteOrigin;

	private final ProblemEntryPoint problems;

	BrowserRequestGuard(String baseUrl, ProblemEntryPoint problems) {
		this.siteOrigin = origin(baseUrl);
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader("Authorization");
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		if (basic && !SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
			problems.write(request, response, 403, "forbidden", "basicFromOtherSite");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		return origin != null && !origin(origin).equals(siteOrigin);
	}

	static String origin(String url) {
		try {
			URI uri = URI.create(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			if (port == -1) {
				port = "https".equals(scheme) ? 443 : 80;
			}
			return scheme + "://" + host + ":" + port;
		}
		catch (IllegalArgumentException notAUrl) {
			return "invalid";
		}
	}

}
