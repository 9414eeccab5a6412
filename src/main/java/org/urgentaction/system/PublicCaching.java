package org.urgentaction.system;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Public pages are the same for every anonymous visitor: shared caches (a CDN, a proxy)
 * may keep them for {@code ua.site.public-cache-max-age}, while browsers revalidate with
 * the entity tag on every visit (a cheap 304), so an activist who has just reported sees
 * the new counter. Staff always see fresh pages.
 */
class PublicCaching implements HandlerInterceptor {

	private static final Pattern CACHEABLE = Pattern.compile("/|/uas|/uas/\\d+(/[a-z0-9-]*)?|/feed\\.atom");

	private final long maxAgeSeconds;

	PublicCaching(long maxAgeSeconds) {
		this.maxAgeSeconds = maxAgeSeconds;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		if (!CACHEABLE.matcher(request.getRequestURI()).matches() || request.getParameter("lang") != null) {
			return true;
		}
		if (Actor.isStaff(SecurityContextHolder.getContext().getAuthentication())) {
			response.setHeader("Cache-Control", "private, no-cache");
		}
		else {
			response.setHeader("Cache-Control", "public, max-age=0, s-maxage=" + maxAgeSeconds);
			response.setHeader("Vary", "Accept-Language, Cookie");
		}
		return true;
	}

}
