package org.urgentaction.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.urgentaction.system.Actor;

/**
 * Answers anonymous GETs of the public list and of document pages from {@link PageCache},
 * and keeps what the application rendered for them. A page out of date is rendered anew
 * by one request while the others still get the copy. Nothing is kept for staff, for a
 * visitor with a session, for a request with parameters, or when the response sets a
 * cookie or carries a per-visitor form token. Any request that may write (not GET or
 * HEAD) starts a new generation once it has been answered.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** The addresses that may be cached; only the handlers below are kept. */
	private static final Pattern CANDIDATE = Pattern.compile("/|/uas|/uas/\\d+/[a-z0-9-]+");

	private static final Pattern KEPT_HANDLERS = Pattern.compile("/|/uas|/uas/\\{id[^}]*\\}/\\{slug\\}");

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "transfer-encoding", "date",
			"etag", "content-encoding", "content-type", "content-language");

	private static final int MAX_BODY = 1024 * 1024;

	private final PageCache cache;

	private final LocaleResolver locales;

	private final Clock clock;

	PageCacheFilter(PageCache cache, LocaleResolver locales, Clock clock) {
		this.cache = cache;
		this.locales = locales;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (!"GET".equals(method)) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (!"HEAD".equals(method) && !"OPTIONS".equals(method)) {
					cache.changed();
				}
			}
			return;
		}
		if (!cache.enabled() || !candidate(request)) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		PageKey key = new PageKey(request.getRequestURI(), locale.toLanguageTag(), LocalDate.now(clock));
		CachedPage page = cache.get(key);
		if (page != null && (cache.isFresh(page) || !page.claimRefresh())) {
			write(page, request, response);
			return;
		}
		render(key, page, request, response, chain);
	}

	private void render(PageKey key, CachedPage stale, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		long generation = cache.generation();
		long started = System.nanoTime();
		Set<String> headersBefore = new HashSet<>(response.getHeaderNames());
		ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, recording);
			if (keepable(request, recording)) {
				cache.put(key, new CachedPage(recording.getContentAsByteArray(), recording.getContentType(),
						recording.getLocale(), headersSet(recording, headersBefore), generation, started));
				kept = true;
			}
		}
		finally {
			if (stale != null && !kept) {
				stale.refreshFailed();
			}
			recording.copyBodyToResponse();
		}
	}

	private static boolean candidate(HttpServletRequest request) {
		if (request.getQueryString() != null || !CANDIDATE.matcher(request.getRequestURI()).matches()) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("SESSION".equalsIgnoreCase(cookie.getName()) || "JSESSIONID".equalsIgnoreCase(cookie.getName())) {
					return false;
				}
			}
		}
		return !Actor.isStaff(SecurityContextHolder.getContext().getAuthentication());
	}

	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String type = response.getContentType();
		return response.getStatus() == 200 && handler instanceof String pattern
				&& KEPT_HANDLERS.matcher(pattern).matches() && type != null && type.startsWith("text/html")
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && response.getContentSize() <= MAX_BODY
				&& request.getSession(false) == null && !containsFormToken(response.getContentAsByteArray());
	}

	/** A CSRF token belongs to one visitor: such a page must not be shared. */
	private static boolean containsFormToken(byte[] body) {
		return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).contains("name=\"_csrf\"");
	}

	private static List<Map.Entry<String, String>> headersSet(HttpServletResponse response, Set<String> before) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!before.contains(name) && !NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach((value) -> headers.add(Map.entry(name, value)));
			}
		}
		return headers;
	}

	private static void write(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		response.setContentType(page.contentType());
		boolean varySet = false;
		for (Map.Entry<String, String> header : page.headers()) {
			String value = header.getValue();
			if (HttpHeaders.VARY.equalsIgnoreCase(header.getKey()) && !varySet) {
				value = value + ", Accept-Encoding";
				varySet = true;
			}
			response.addHeader(header.getKey(), value);
		}
		if (!varySet) {
			response.addHeader(HttpHeaders.VARY, "Accept-Encoding");
		}
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		byte[] body = page.body(gzip);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.strip().split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

}
