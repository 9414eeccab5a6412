package org.urgentaction.system;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages a page is offered in: the language menu and the {@code hreflang}
 * alternates of the page (the same address with {@code ?lang=}, and without it as the
 * default that follows the browser's language).
 */
@ControllerAdvice
class LanguageLinks {

	private final AppProperties properties;

	LanguageLinks(AppProperties properties) {
		this.properties = properties;
	}

	/** One alternate of a page: its language tag (or {@code x-default}) and address. */
	record Alternate(String hreflang, String href) {
	}

	@ModelAttribute("interfaceLanguages")
	List<String> languages() {
		return SupportedLocales.LANGUAGES;
	}

	@ModelAttribute("alternates")
	List<Alternate> alternates(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = (errorUri != null) ? null : request.getQueryString();
		String base = properties.site().baseUrl().replaceAll("/+$", "");
		try {
			return alternates(base + path + ((query != null) ? "?" + query : ""));
		}
		catch (IllegalArgumentException ex) {
			// an address the browser did not encode fully: offer the page without its
			// query
			return alternates(base + path);
		}
	}

	private static List<Alternate> alternates(String address) {
		UriComponentsBuilder page = UriComponentsBuilder.fromUriString(address);
		List<Alternate> alternates = new ArrayList<>();
		for (String language : SupportedLocales.LANGUAGES) {
			alternates.add(new Alternate(language, link(page.cloneBuilder().replaceQueryParam("lang", language))));
		}
		alternates.add(new Alternate("x-default", link(page.cloneBuilder().replaceQueryParam("lang"))));
		return alternates;
	}

	private static String link(UriComponentsBuilder builder) {
		return builder.build(true).toUriString();
	}

}
