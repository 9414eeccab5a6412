package org.urgentaction.system;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The interface languages: {@code ?lang=} switches to one of them and remembers it in a
 * cookie; any other value is ignored, as is a cookie naming a language we do not have.
 */
final class SupportedLocales implements LocaleResolver, HandlerInterceptor {

	/**
	 * The interface languages; each has one file per bundle in {@code i18n/}. A Chinese
	 * browser (any region) gets Simplified Chinese.
	 */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

	static final List<Locale> SUPPORTED = LANGUAGES.stream().map(Locale::forLanguageTag).toList();

	private final LocaleResolver remembered;

	SupportedLocales(LocaleResolver remembered) {
		this.remembered = remembered;
	}

	static Locale supported(Locale requested) {
		if (requested == null) {
			return null;
		}
		return SUPPORTED.stream()
			.filter((supported) -> supported.getLanguage().equals(requested.getLanguage()))
			.findFirst()
			.orElse(null);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale locale = supported(remembered.resolveLocale(request));
		if (locale != null) {
			return locale;
		}
		// the browser's languages in the order of preference (Accept-Language's q values)
		for (Locale browser : Collections.list(request.getLocales())) {
			Locale match = supported(browser);
			if (match != null) {
				return match;
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		remembered.setLocale(request, response, supported(locale));
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang != null && lang.length() <= 10) {
			Locale locale = supported(Locale.forLanguageTag(lang.strip().replace('_', '-')));
			if (locale != null) {
				setLocale(request, response, locale);
			}
		}
		return true;
	}

}
